package org.xinfang.petition.screening;

import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;

/** The matter as the complainant wrote it: subject and content. */
@Component
class SubjectAndContent implements MatterText {

    @Override
    public String of(Complaint complaint) {
        return complaint.getSubject() + "\n" + complaint.getContent();
    }
}
