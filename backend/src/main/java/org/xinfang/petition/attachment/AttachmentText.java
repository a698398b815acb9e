package org.xinfang.petition.attachment;

import java.util.List;
import java.util.Map;
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

    @Override
    public List<String> of(List<Complaint> complaints) {
        Map<Long, String> texts =
                attachments.textsOf(complaints.stream().map(Complaint::getId).toList());
        return complaints.stream()
                .map(complaint -> texts.getOrDefault(complaint.getId(), ""))
                .toList();
    }
}
