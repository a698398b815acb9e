package org.xinfang.petition.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Loads the keys from the environment or a key file; on the embedded default it creates a key file with fresh
 * keys the first time, so a first run needs no set-up. Production must provide keys: without them the
 * application does not start, rather than store personal data unprotected.
 */
final class KeySource {

  private KeySource() {}

  static DataKeys load(PrivacyProperties properties, CipherAlgorithm algorithm) {
    if (properties.dataKeys() != null && !properties.dataKeys().isBlank()) {
      Map<Integer, byte[]> keys = DataKeys.parse(properties.dataKeys());
      return new DataKeys(keys, active(properties, keys), indexKey(properties.indexKey()));
    }
    if (properties.keyFile() == null || properties.keyFile().isBlank()) {
      throw new IllegalStateException("No data keys: set PETITION_DATA_KEYS and PETITION_INDEX_KEY, or "
          + "petition.privacy.key-file (see docs/privacy.md)");
    }
    Path file = Path.of(properties.keyFile());
    if (!Files.exists(file)) {
      if (!properties.generateKeys()) {
        throw new IllegalStateException("The key file " + file + " does not exist (see docs/privacy.md)");
      }
      generate(file, algorithm);
    }
    Properties entries = read(file);
    Map<Integer, byte[]> keys = new TreeMap<>();
    entries.stringPropertyNames().stream().filter(name -> name.startsWith("data."))
        .forEach(name -> keys.put(Integer.parseInt(name.substring(5)),
            Base64.getDecoder().decode(entries.getProperty(name).strip())));
    if (keys.isEmpty()) {
      throw new IllegalStateException("The key file " + file + " holds no data.<version> key");
    }
    Integer active = entries.containsKey("active") ? Integer.valueOf(entries.getProperty("active").strip()) : null;
    return new DataKeys(keys, properties.activeKeyVersion() != null ? properties.activeKeyVersion()
        : active != null ? active : Collections.max(keys.keySet()), indexKey(entries.getProperty("index")));
  }

  private static int active(PrivacyProperties properties, Map<Integer, byte[]> keys) {
    return properties.activeKeyVersion() != null ? properties.activeKeyVersion() : Collections.max(keys.keySet());
  }

  private static byte[] indexKey(String base64) {
    if (base64 == null || base64.isBlank()) {
      throw new IllegalStateException("No blind-index key: set PETITION_INDEX_KEY or index= in the key file");
    }
    return Base64.getDecoder().decode(base64.strip());
  }

  private static Properties read(Path file) {
    Properties entries = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      entries.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the key file " + file, e);
    }
    return entries;
  }

  private static void generate(Path file, CipherAlgorithm algorithm) {
    SecureRandom random = new SecureRandom();
    byte[] data = new byte[algorithm.keyBytes()];
    byte[] index = new byte[32];
    random.nextBytes(data);
    random.nextBytes(index);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.createFile(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("# Keys protecting personal data. Keep this file secret and backed up: without it the data is lost.\n");
        out.write("data.1=" + Base64.getEncoder().encodeToString(data) + "\n");
        out.write("index=" + Base64.getEncoder().encodeToString(index) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the key file " + file, e);
    }
  }
}
