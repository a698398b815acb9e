package org.xinfang.petition.attachment;

import java.text.Normalizer;
import java.util.Locale;

/** The client's file name, made safe to keep and to show: no path, no control or reserved characters. */
final class FileNames {

    private static final int MAX_LENGTH = 200;
    private static final String FALLBACK = "attachment";

    private FileNames() {}

    static String sanitise(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"*:<>?|;%]", "_")
                .strip()
                .replaceFirst("^\\.+", "");
        if (name.isBlank()) {
            return FALLBACK;
        }
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        return name.substring(0, MAX_LENGTH - extension.length() - 1) + "." + extension;
    }

    /** The extension in lower case, without the dot; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
