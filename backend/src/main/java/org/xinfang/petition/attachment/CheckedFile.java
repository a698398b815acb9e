package org.xinfang.petition.attachment;

import java.nio.file.Path;

/**
 * A file that passed every check, sealed in the store's scratch area until it is attached.
 *
 * @param sealed the encrypted file in the scratch area
 * @param storageKey the name it will be kept by (and its associated data)
 * @param name the client's file name, sanitised
 * @param contentType the type detected from the content
 * @param size the size of the clear content
 * @param sha256 the SHA-256 of the clear content
 * @param text the extracted text, at most the configured length
 */
record CheckedFile(
        Path sealed, String storageKey, String name, String contentType, long size, String sha256, String text) {

    boolean isRecording() {
        return contentType.startsWith("audio/") || contentType.startsWith("video/");
    }
}
