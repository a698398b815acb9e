package org.xinfang.petition.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** The hash that links the chain: SHA-256 by default, SM3 (GB/T 32905) by configuration. */
enum ChainHash {
  SHA256,
  SM3;

  static final String GENESIS = "0".repeat(64);

  String of(String text) {
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    if (this == SM3) {
      SM3Digest digest = new SM3Digest();
      digest.update(input, 0, input.length);
      byte[] out = new byte[digest.getDigestSize()];
      digest.doFinal(out, 0);
      return HexFormat.of().formatHex(out);
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
