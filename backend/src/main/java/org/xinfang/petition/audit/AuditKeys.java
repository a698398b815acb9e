package org.xinfang.petition.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.xinfang.petition.privacy.KeyFile;
import org.xinfang.petition.shared.SetupRequired;

/**
 * The versioned audit keys, held outside the database like the data keys: from {@code PETITION_AUDIT_KEYS}, or
 * {@code audit.<version>=<base64>} lines of a key file. Each entry names the version that sealed it, so a new
 * version can become active while every older one stays configured to verify what it sealed. Production does not
 * start without a key; the embedded default creates its key file on first run.
 */
final class AuditKeys {

    private static final int MIN_KEY_BYTES = 32;
    private static final String FILE_PREFIX = "audit.";
    private static final String KEY_ACTION = "Set PETITION_AUDIT_KEYS (version:base64 key, e.g. 1:<32 random bytes>) "
            + "or PETITION_AUDIT_KEY_FILE naming a key file with audit.1=<key>; see docs/security.md";

    private final Map<Integer, byte[]> keys;
    private final int activeVersion;

    AuditKeys(Map<Integer, byte[]> keys, int activeVersion) {
        if (!keys.containsKey(activeVersion)) {
            throw new IllegalStateException("No audit key of the active version " + activeVersion);
        }
        keys.forEach((version, key) -> {
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalStateException("Audit key version " + version + " must have at least 32 bytes");
            }
        });
        this.keys = new TreeMap<>(keys);
        this.activeVersion = activeVersion;
    }

    static AuditKeys load(AuditProperties properties) {
        if (properties.keys() != null && !properties.keys().isBlank()) {
            Map<Integer, byte[]> keys = KeyFile.parseVersions(properties.keys());
            return new AuditKeys(
                    keys,
                    properties.activeKeyVersion() != null
                            ? properties.activeKeyVersion()
                            : Collections.max(keys.keySet()));
        }
        if (properties.keyFile() == null || properties.keyFile().isBlank()) {
            throw new SetupRequired("No audit key to seal the audit trail.", KEY_ACTION);
        }
        Path file = Path.of(properties.keyFile());
        if (!Files.exists(file)) {
            if (!properties.generateKey()) {
                throw new SetupRequired("The audit key file " + file + " does not exist.", KEY_ACTION);
            }
            KeyFile.create(
                    file,
                    "The key sealing the audit trail. Keep this file secret, apart from the database, and "
                            + "backed up: without it the trail cannot be verified.",
                    Map.of(FILE_PREFIX + "1", MIN_KEY_BYTES));
        }
        Properties entries = KeyFile.read(file);
        Map<Integer, byte[]> keys = KeyFile.versions(entries, FILE_PREFIX);
        if (keys.isEmpty()) {
            throw new SetupRequired("The key file " + file + " holds no audit.<version> key.", KEY_ACTION);
        }
        String active = entries.getProperty(FILE_PREFIX + "active");
        return new AuditKeys(
                keys,
                properties.activeKeyVersion() != null
                        ? properties.activeKeyVersion()
                        : active != null ? Integer.parseInt(active.strip()) : Collections.max(keys.keySet()));
    }

    int activeVersion() {
        return activeVersion;
    }

    boolean has(int version) {
        return keys.containsKey(version);
    }

    byte[] key(int version) {
        byte[] key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("No audit key of version " + version + " is configured");
        }
        return key;
    }
}
