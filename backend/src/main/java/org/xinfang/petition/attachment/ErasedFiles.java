package org.xinfang.petition.attachment;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.ComplainantErased;

/**
 * A case's retention period is over: every attachment of it (the complainant's, the office's, the bureau's reply
 * material) loses its name and text at once and its file when the erasure commits; the record of what there was
 * (type, size, hash, who uploaded it when) stays.
 */
@Component
class ErasedFiles {

    private final AttachmentRepository attachments;
    private final ContentStore store;
    private final Clock clock;

    ErasedFiles(AttachmentRepository attachments, ContentStore store, Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void complainantErased(ComplainantErased erased) {
        for (Attachment attachment : attachments.findByComplaintIdOrderByUploadedAtAscIdAsc(erased.complaintId())) {
            if (!attachment.isErased()) {
                attachment.erase(clock.instant());
                store.removeAfterCommit(attachment.getStorageKey());
            }
        }
    }
}
