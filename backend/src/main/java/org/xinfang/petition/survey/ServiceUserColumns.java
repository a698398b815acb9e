package org.xinfang.petition.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.privacy.EncryptedColumn;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.privacy.ProtectedColumn;

/**
 * An imported service user's name and phone are encrypted like a complainant's, each column under its own associated
 * data, the phone with a blind index; the columns are declared for the key rotation.
 */
@Configuration(proxyBeanMethods = false)
class ServiceUserColumns {

    static final ProtectedColumn REAL_NAME = ProtectedColumn.of("survey_service_user", "real_name");
    static final ProtectedColumn PHONE =
            ProtectedColumn.of("survey_service_user", "phone").indexedIn("phone_index", BlindIndex.PHONE);

    @Bean
    ProtectedColumn serviceUserRealName() {
        return REAL_NAME;
    }

    @Bean
    ProtectedColumn serviceUserPhone() {
        return PHONE;
    }

    static class RealName extends EncryptedColumn {
        RealName(PersonalDataCipher cipher) {
            super(cipher, REAL_NAME);
        }
    }

    static class Phone extends EncryptedColumn {
        Phone(PersonalDataCipher cipher) {
            super(cipher, PHONE);
        }
    }
}
