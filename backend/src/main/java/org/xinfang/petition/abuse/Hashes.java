package org.xinfang.petition.abuse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Hashes under which intake keeps what it must recognise again but not reveal (request keys, client addresses). */
public final class Hashes {

  private Hashes() {}

  /** SHA-256, hex, of a purpose and a value: the same value hashes differently for different purposes. */
  public static String sha256Hex(String purpose, String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest((purpose + "\0" + value).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
