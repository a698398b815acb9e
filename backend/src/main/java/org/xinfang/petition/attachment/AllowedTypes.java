package org.xinfang.petition.attachment;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The allow-list: each accepted type, as Tika detects it from the content, with the file name extensions it may
 * carry. Anything else (executables, scripts, archives, HTML, …) is refused, whatever its name says.
 */
final class AllowedTypes {

    private static final Map<String, Set<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", Set.of("pdf")),
            Map.entry("image/jpeg", Set.of("jpg", "jpeg", "jpe")),
            Map.entry("image/png", Set.of("png")),
            Map.entry("application/msword", Set.of("doc")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
            Map.entry("application/vnd.ms-excel", Set.of("xls")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
            Map.entry("text/plain", Set.of("txt", "text")),
            Map.entry("audio/mpeg", Set.of("mp3")),
            Map.entry("audio/vnd.wave", Set.of("wav")),
            Map.entry("audio/mp4", Set.of("m4a", "aac")),
            Map.entry("audio/x-aac", Set.of("aac")),
            Map.entry("audio/amr", Set.of("amr")),
            Map.entry("video/mp4", Set.of("mp4", "m4a")));

    /** What Tika calls an encrypted Office file (an OLE2 envelope around an encrypted OOXML package). */
    private static final Set<String> ENCRYPTED = Set.of("application/x-tika-ooxml-protected");

    private AllowedTypes() {}

    /** Every file name extension of the allowed types, in alphabetical order, to tell people what they may upload. */
    static NavigableSet<String> extensions() {
        NavigableSet<String> all = new TreeSet<>();
        EXTENSIONS.values().forEach(all::addAll);
        return Collections.unmodifiableNavigableSet(all);
    }

    static boolean isAllowed(String type) {
        return EXTENSIONS.containsKey(type);
    }

    static boolean isEncrypted(String type) {
        return ENCRYPTED.contains(type);
    }

    static boolean nameFits(String type, String name) {
        return EXTENSIONS.getOrDefault(type, Set.of()).contains(FileNames.extension(name));
    }
}
