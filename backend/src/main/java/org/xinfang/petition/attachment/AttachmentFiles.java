package org.xinfang.petition.attachment;

import static org.xinfang.petition.attachment.ContentStore.Resealed.REENCRYPTED;
import static org.xinfang.petition.attachment.ContentStore.Resealed.SEALED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.xinfang.petition.privacy.ProtectedFiles;
import org.xinfang.petition.privacy.Resealing.Batch;
import org.xinfang.petition.privacy.Resealing.ColumnReport;

/**
 * The stored files in the key rotation ({@code attachment files} in its report): each file not under the active
 * key is re-encrypted, one at a time, a new file moved over the old (so a rotation cut short leaves every file
 * readable, each under the key its header names). The rows are read in a moment of their own; no connection is
 * held while the files are worked on.
 */
@Component
class AttachmentFiles implements ProtectedFiles {

    static final String REPORTED_AS = "attachment files";

    private final AttachmentRepository attachments;
    private final ContentStore store;

    AttachmentFiles(AttachmentRepository attachments, ContentStore store) {
        this.attachments = attachments;
        this.store = store;
    }

    @Override
    public Batch reseal(long afterId, int size) {
        return reseal(store, attachments.findStoredFilesAfter(afterId, Limit.of(size)), afterId, size);
    }

    /** Reseals the files of the rows given, reading from after {@code afterId} at most {@code size} rows. */
    static Batch reseal(ContentStore store, List<StoredFile> files, long afterId, int size) {
        Map<ContentStore.Resealed, Long> done = new EnumMap<>(ContentStore.Resealed.class);
        for (StoredFile file : files) {
            try {
                done.merge(store.reseal(file.storageKey(), file.sha256()), 1L, Long::sum);
            } catch (IOException e) {
                throw new UncheckedIOException("Attachment " + file.id() + " cannot be re-encrypted", e);
            }
        }
        ColumnReport report = new ColumnReport(
                REPORTED_AS, files.size(), done.getOrDefault(SEALED, 0L), done.getOrDefault(REENCRYPTED, 0L), 0);
        return new Batch(files.isEmpty() ? afterId : files.get(files.size() - 1).id(), report, files.size() == size);
    }
}
