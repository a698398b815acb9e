package org.xinfang.petition.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.xinfang.petition.shared.SetupRequired;

/**
 * Loads the keys from the environment or a key file; on the embedded default it creates a key file with fresh
 * keys the first time, so a first run needs no set-up. Production must provide keys: without them the
 * application does not start, rather than store personal data unprotected.
 */
final class KeySource {

    private static final String KEY_ACTION = "Set PETITION_DATA_KEYS (version:base64 key, e.g. 1:<32 random bytes>) "
            + "and PETITION_INDEX_KEY, or PETITION_KEY_FILE naming a key file; see docs/privacy.md";

    private KeySource() {}

    static DataKeys load(PrivacyProperties properties, CipherAlgorithm algorithm) {
        if (properties.dataKeys() != null && !properties.dataKeys().isBlank()) {
            Map<Integer, byte[]> keys = KeyFile.parseVersions(properties.dataKeys());
            return new DataKeys(keys, active(properties, keys), indexKey(properties.indexKey()));
        }
        if (properties.keyFile() == null || properties.keyFile().isBlank()) {
            throw new SetupRequired("No data keys to protect the complainants' personal data.", KEY_ACTION);
        }
        Path file = Path.of(properties.keyFile());
        if (!Files.exists(file)) {
            if (!properties.generateKeys()) {
                throw new SetupRequired("The data key file " + file + " does not exist.", KEY_ACTION);
            }
            Map<String, Integer> keyBytes = new LinkedHashMap<>();
            keyBytes.put("data.1", algorithm.keyBytes());
            keyBytes.put("index", 32);
            KeyFile.create(
                    file,
                    "Keys protecting personal data. Keep this file secret and backed up: without it the data "
                            + "is lost.",
                    keyBytes);
        }
        Properties entries = KeyFile.read(file);
        Map<Integer, byte[]> keys = KeyFile.versions(entries, "data.");
        if (keys.isEmpty()) {
            throw new SetupRequired("The key file " + file + " holds no data.<version> key.", KEY_ACTION);
        }
        Integer active = entries.containsKey("active")
                ? Integer.valueOf(entries.getProperty("active").strip())
                : null;
        return new DataKeys(
                keys,
                properties.activeKeyVersion() != null
                        ? properties.activeKeyVersion()
                        : active != null ? active : Collections.max(keys.keySet()),
                indexKey(entries.getProperty("index")));
    }

    private static int active(PrivacyProperties properties, Map<Integer, byte[]> keys) {
        return properties.activeKeyVersion() != null ? properties.activeKeyVersion() : Collections.max(keys.keySet());
    }

    private static byte[] indexKey(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new SetupRequired(
                    "No blind-index key.", "Set PETITION_INDEX_KEY, or index= in the key file; see docs/privacy.md");
        }
        return Base64.getDecoder().decode(base64.strip());
    }
}
