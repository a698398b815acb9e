package org.xinfang.petition.attachment;

import java.util.List;

/**
 * The files of one request after {@link Attachments#check}: all of them acceptable. Closing it removes what was
 * sealed and not attached, so a request that fails later leaves nothing behind.
 */
public final class CheckedFiles implements AutoCloseable {

    /** No files: filing without attachments. */
    public static final CheckedFiles NONE = new CheckedFiles(List.of(), null);

    private final List<CheckedFile> files;
    private final ContentStore store;

    CheckedFiles(List<CheckedFile> files, ContentStore store) {
        this.files = List.copyOf(files);
        this.store = store;
    }

    List<CheckedFile> files() {
        return files;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    @Override
    public void close() {
        files.forEach(file -> store.discard(file.sealed()));
    }
}
