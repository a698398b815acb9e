package org.xinfang.petition.attachment;

import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.screening.MatterText;

/** The text extracted from a case's files counts towards its likely repeats, beside the subject and content. */
@Component
class AttachmentText implements MatterText {

    private final Attachments attachments;

    AttachmentText(Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public String of(Complaint complaint) {
        return attachments.textOf(complaint.getId());
    }
}
