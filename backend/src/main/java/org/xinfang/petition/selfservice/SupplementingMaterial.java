package org.xinfang.petition.selfservice;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.attachment.Attachments;
import org.xinfang.petition.attachment.CheckedFiles;
import org.xinfang.petition.attachment.Purpose;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.handling.MaterialRequests;

/**
 * The complainant supplies the material the bureau asked for, with the tracking number and query code, and may
 * upload files with it; the files are checked before the transaction and attached in it.
 */
@Service
class SupplementingMaterial {

    private final StatusLookup lookup;
    private final MaterialRequests materialRequests;
    private final Attachments attachments;
    private final TransactionTemplate transaction;

    SupplementingMaterial(
            StatusLookup lookup,
            MaterialRequests materialRequests,
            Attachments attachments,
            TransactionTemplate transaction) {
        this.lookup = lookup;
        this.materialRequests = materialRequests;
        this.attachments = attachments;
        this.transaction = transaction;
    }

    void supply(String trackingNumber, String queryCode, String note, List<MultipartFile> files) {
        try (CheckedFiles checked = attachments.check(files)) {
            transaction.executeWithoutResult(status -> {
                Complaint complaint = lookup.verified(trackingNumber, queryCode);
                materialRequests.supplied(complaint, note);
                attachments.attach(complaint, checked, Purpose.SUPPLEMENT, null);
            });
        }
    }
}
