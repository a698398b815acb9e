package org.xinfang.petition.complaint;

import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** Part of {@link ComplaintRepository}: a case by its tracking number, its natural id. */
interface ComplaintByNumber {

    /**
     * The case with this tracking number; taken from the transaction's persistence context when it already holds
     * the case (as the delegates and listeners of the filing's own transaction find it), else read.
     */
    @Transactional(readOnly = true)
    Optional<Complaint> findByTrackingNumber(String trackingNumber);
}
