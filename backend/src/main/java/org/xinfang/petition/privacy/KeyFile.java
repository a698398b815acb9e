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
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Keys held outside the database: versioned keys as the environment gives them ({@code 1:<base64>,2:<base64>}),
 * or a key file (a properties file of base64 keys, readable by its owner only). The data keys and the audit keys
 * are both held this way.
 */
public final class KeyFile {

    private KeyFile() {}

    /** Parses {@code "1:<base64>,2:<base64>"}: key version to key. */
    public static Map<Integer, byte[]> parseVersions(String spec) {
        Map<Integer, byte[]> keys = new TreeMap<>();
        for (String entry : spec.split(",", -1)) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("Versioned keys look like 1:<base64>,2:<base64>");
            }
            keys.put(Integer.parseInt(parts[0].strip()), Base64.getDecoder().decode(parts[1].strip()));
        }
        return keys;
    }

    public static Properties read(Path file) {
        Properties entries = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            entries.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
        return entries;
    }

    /** The keys of a file named {@code <prefix><version>}, such as {@code data.1} and {@code data.2}. */
    public static Map<Integer, byte[]> versions(Properties entries, String prefix) {
        Map<Integer, byte[]> keys = new TreeMap<>();
        entries.stringPropertyNames().stream()
                .filter(name -> name.startsWith(prefix)
                        && name.substring(prefix.length()).matches("\\d+"))
                .forEach(name -> keys.put(
                        Integer.parseInt(name.substring(prefix.length())),
                        Base64.getDecoder().decode(entries.getProperty(name).strip())));
        return keys;
    }

    /**
     * Creates a key file, readable and writable by its owner only, holding a fresh random key of the given length
     * under each name.
     */
    public static void create(Path file, String comment, Map<String, Integer> keyBytesByName) {
        SecureRandom random = new SecureRandom();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("# " + comment + "\n");
                for (Map.Entry<String, Integer> key : keyBytesByName.entrySet()) {
                    byte[] bytes = new byte[key.getValue()];
                    random.nextBytes(bytes);
                    out.write(key.getKey() + "=" + Base64.getEncoder().encodeToString(bytes) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the key file " + file, e);
        }
    }
}
