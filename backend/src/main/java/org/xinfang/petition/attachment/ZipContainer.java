package org.xinfang.petition.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a zip container (docx and xlsx are zips) before anything parses it: not too many entries, not expanding
 * beyond the limits (counted while inflating, since the sizes in the headers may lie), and no DTD in any XML part,
 * which is how external entities get in. The OPC rules forbid DTDs in a package, so one is never innocent.
 */
final class ZipContainer {

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final long RATIO_CHECKED_ABOVE = 64 * 1024;

    enum Finding {
        SAFE,
        BOMB,
        EXTERNAL_ENTITY,
        MALFORMED
    }

    private ZipContainer() {}

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(LOCAL_HEADER.length), LOCAL_HEADER);
        }
    }

    static Finding inspect(Path file, AttachmentProperties limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                return Finding.BOMB;
            }
            long expanded = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                DtdScanner dtd = isXml(entry.getName()) ? new DtdScanner() : null;
                long entrySize = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read; (read = in.read(buffer)) != -1; ) {
                        entrySize += read;
                        expanded += read;
                        if (expanded > limits.maxExpandedSize().toBytes()) {
                            return Finding.BOMB;
                        }
                        if (dtd != null && dtd.found(buffer, read)) {
                            return Finding.EXTERNAL_ENTITY;
                        }
                    }
                }
                if (entrySize > RATIO_CHECKED_ABOVE
                        && entrySize / Math.max(1, entry.getCompressedSize()) > limits.maxCompressionRatio()) {
                    return Finding.BOMB;
                }
            }
            return Finding.SAFE;
        } catch (IOException | RuntimeException e) {
            return Finding.MALFORMED;
        }
    }

    private static boolean isXml(String entryName) {
        String name = entryName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
    }

    /** Finds {@code <!DOCTYPE} or {@code <!ENTITY} in any case, in UTF-8 or UTF-16 (NUL bytes are skipped). */
    private static final class DtdScanner {

        private static final byte[][] MARKERS = {
            "<!doctype".getBytes(StandardCharsets.US_ASCII), "<!entity".getBytes(StandardCharsets.US_ASCII)
        };
        private final int[] matched = new int[MARKERS.length];

        boolean found(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == 0) {
                    continue;
                }
                byte lower = (byte) Character.toLowerCase((char) (b & 0xff));
                for (int m = 0; m < MARKERS.length; m++) {
                    byte[] marker = MARKERS[m];
                    matched[m] = lower == marker[matched[m]] ? matched[m] + 1 : lower == '<' ? 1 : 0;
                    if (matched[m] == marker.length) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
