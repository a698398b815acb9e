package org.xinfang.petition.privacy;

/** The authenticated ciphers personal data may be stored under; a stored value names the one it used. */
public enum CipherAlgorithm {
  /** AES-256 in Galois/Counter Mode: the default. */
  AES_256_GCM("AES-GCM", "AES", "AES/GCM/NoPadding", 32),
  /** SM4 (GB/T 32907-2016) in Galois/Counter Mode, through Bouncy Castle: the national standard. */
  SM4_GCM("SM4-GCM", "SM4", "SM4/GCM/NoPadding", 16);

  private final String label;
  private final String keyAlgorithm;
  private final String transformation;
  private final int keyBytes;

  CipherAlgorithm(String label, String keyAlgorithm, String transformation, int keyBytes) {
    this.label = label;
    this.keyAlgorithm = keyAlgorithm;
    this.transformation = transformation;
    this.keyBytes = keyBytes;
  }

  /** The name written into each stored value. */
  String label() {
    return label;
  }

  String keyAlgorithm() {
    return keyAlgorithm;
  }

  String transformation() {
    return transformation;
  }

  int keyBytes() {
    return keyBytes;
  }

  static CipherAlgorithm ofLabel(String label) {
    for (CipherAlgorithm algorithm : values()) {
      if (algorithm.label.equals(label)) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException("Unknown cipher " + label);
  }
}
