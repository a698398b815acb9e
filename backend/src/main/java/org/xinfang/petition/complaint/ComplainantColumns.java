package org.xinfang.petition.complaint;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.privacy.EncryptedColumn;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.privacy.ProtectedColumn;

/**
 * The complainant's personal data is stored encrypted, each column under its own associated data: the real name,
 * the resident ID number and the phone (each with a blind index), and the address. The converters are Spring
 * beans that Hibernate takes from the context; the columns are declared for the key rotation.
 */
@Configuration(proxyBeanMethods = false)
class ComplainantColumns {

    static final ProtectedColumn REAL_NAME = ProtectedColumn.of("complainant", "real_name");
    static final ProtectedColumn RESIDENT_ID =
            ProtectedColumn.of("complainant", "resident_id").indexedIn("resident_id_index", BlindIndex.RESIDENT_ID);
    static final ProtectedColumn PHONE =
            ProtectedColumn.of("complainant", "phone").indexedIn("phone_index", BlindIndex.PHONE);
    static final ProtectedColumn ADDRESS = ProtectedColumn.of("complainant", "address");
    static final List<ProtectedColumn> ALL = List.of(REAL_NAME, RESIDENT_ID, PHONE, ADDRESS);

    @Bean
    ProtectedColumn complainantRealName() {
        return REAL_NAME;
    }

    @Bean
    ProtectedColumn complainantResidentId() {
        return RESIDENT_ID;
    }

    @Bean
    ProtectedColumn complainantPhone() {
        return PHONE;
    }

    @Bean
    ProtectedColumn complainantAddress() {
        return ADDRESS;
    }

    static class RealName extends EncryptedColumn {
        RealName(PersonalDataCipher cipher) {
            super(cipher, REAL_NAME);
        }
    }

    static class ResidentId extends EncryptedColumn {
        ResidentId(PersonalDataCipher cipher) {
            super(cipher, RESIDENT_ID);
        }
    }

    static class Phone extends EncryptedColumn {
        Phone(PersonalDataCipher cipher) {
            super(cipher, PHONE);
        }
    }

    static class Address extends EncryptedColumn {
        Address(PersonalDataCipher cipher) {
            super(cipher, ADDRESS);
        }
    }
}
