package org.xinfang.petition.attachment;

import java.nio.file.Path;

/**
 * A file that passed every check, staged in the store's scratch area until it is attached.
 *
 * @param name the client's file name, sanitised
 * @param contentType the type detected from the content
 * @param text the extracted text, at most the configured length
 */
record CheckedFile(Path staged, String name, String contentType, long size, String sha256, String text) {

  boolean isRecording() {
    return contentType.startsWith("audio/") || contentType.startsWith("video/");
  }
}
