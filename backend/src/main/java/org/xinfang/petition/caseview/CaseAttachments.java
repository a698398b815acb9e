package org.xinfang.petition.caseview;

import java.time.Instant;
import java.util.List;

/**
 * The attachments a case detail lists (metadata only), provided by the attachment module; declared here so that
 * the attachment module can use the case view's access rule without the two depending on each other.
 */
public interface CaseAttachments {

    /**
     * The case's attachments, oldest first; those that carry the complainant's identity are marked withheld, without
     * name or hash, unless the viewer may know the complainant ({@link ComplainantIdentity#mayDisclose}).
     */
    List<Item> of(Long complaintId, boolean complainantKnown);

    /** An attachment as staff see it; the content is downloaded separately, unless it is withheld from them. */
    record Item(
            Long id,
            String purpose,
            String name,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            boolean withheld) {}
}
