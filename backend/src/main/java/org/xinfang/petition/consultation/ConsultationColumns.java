package org.xinfang.petition.consultation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.privacy.EncryptedColumn;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.privacy.ProtectedColumn;

/**
 * The name an asker gives to be addressed by is personal data like the complainant's: stored encrypted, shown
 * masked to staff, never published, and re-encrypted by the key rotation.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationColumns {

    static final ProtectedColumn ASKER_NAME = ProtectedColumn.of("consultation", "asker_name");

    @Bean
    ProtectedColumn consultationAskerName() {
        return ASKER_NAME;
    }

    static class AskerName extends EncryptedColumn {
        AskerName(PersonalDataCipher cipher) {
            super(cipher, ASKER_NAME);
        }
    }
}
