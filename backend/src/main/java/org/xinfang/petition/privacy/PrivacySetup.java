package org.xinfang.petition.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrivacySetup {

    @Bean
    DataKeys dataKeys(PrivacyProperties properties) {
        return KeySource.load(properties, properties.algorithm());
    }

    @Bean
    PersonalDataCipher personalDataCipher(DataKeys keys, PrivacyProperties properties) {
        return new PersonalDataCipher(keys, properties.algorithm());
    }

    @Bean
    FileCipher fileCipher(DataKeys keys, PrivacyProperties properties) {
        return new FileCipher(keys, properties.algorithm());
    }

    @Bean
    BlindIndex blindIndex(DataKeys keys, PrivacyProperties properties) {
        return new BlindIndex(keys, properties.indexAlgorithm());
    }
}
