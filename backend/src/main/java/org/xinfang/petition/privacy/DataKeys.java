package org.xinfang.petition.privacy;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The versioned data keys and the blind-index key. Every stored value names the key version it was encrypted
 * with, so old values stay readable after a new version becomes active, until the rotation re-encrypts them.
 */
public final class DataKeys {

    private final TreeMap<Integer, byte[]> keys;
    private final int activeVersion;
    private final byte[] indexKey;

    public DataKeys(Map<Integer, byte[]> keys, int activeVersion, byte[] indexKey) {
        if (!keys.containsKey(activeVersion)) {
            throw new IllegalStateException("No data key of the active version " + activeVersion);
        }
        if (indexKey == null || indexKey.length < 32) {
            throw new IllegalStateException("The blind-index key must have at least 32 bytes");
        }
        this.keys = new TreeMap<>(keys);
        this.activeVersion = activeVersion;
        this.indexKey = indexKey.clone();
    }

    byte[] key(int version) {
        byte[] key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("No data key of version " + version + " is configured");
        }
        return key;
    }

    int activeVersion() {
        return activeVersion;
    }

    byte[] activeKey() {
        return key(activeVersion);
    }

    byte[] indexKey() {
        return indexKey.clone();
    }

    Map<Integer, byte[]> all() {
        return Collections.unmodifiableMap(keys);
    }
}
