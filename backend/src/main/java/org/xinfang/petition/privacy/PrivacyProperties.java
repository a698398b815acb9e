package org.xinfang.petition.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the keys come from and which algorithms protect personal data.
 *
 * @param dataKeys the versioned data keys as {@code 1:<base64>,2:<base64>} (env {@code PETITION_DATA_KEYS}); or
 * @param keyFile a properties file with {@code data.<version>=<base64>}, {@code index=<base64>} and optionally
 *     {@code active=<version>}
 * @param indexKey the blind-index key, base64 (env {@code PETITION_INDEX_KEY}), when not in the key file
 * @param activeKeyVersion the version new values are encrypted with; the highest by default
 * @param generateKeys create a key file with fresh keys when none exists (the embedded default only)
 * @param algorithm AES_256_GCM (default) or SM4_GCM
 * @param indexAlgorithm HMAC_SHA256 (default) or HMAC_SM3
 */
@ConfigurationProperties("petition.privacy")
public record PrivacyProperties(
        String dataKeys,
        String keyFile,
        String indexKey,
        Integer activeKeyVersion,
        @DefaultValue("false") boolean generateKeys,
        @DefaultValue("AES_256_GCM") CipherAlgorithm algorithm,
        @DefaultValue("HMAC_SHA256") BlindIndex.Algorithm indexAlgorithm) {}
