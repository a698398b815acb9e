package org.xinfang.petition.abuse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Hashes under which what must be recognised again but not revealed is kept (request keys, client addresses). */
final class Hashes {

    private Hashes() {}

    /** SHA-256, hex, of a purpose and a value: the same value hashes differently for different purposes. */
    static String sha256Hex(String purpose, String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((purpose + "\0" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
