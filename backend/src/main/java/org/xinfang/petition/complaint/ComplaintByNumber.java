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

    /**
     * Counts the case as changed by this transaction: its version goes up at commit, so of two transactions that
     * checked the case's state and then acted on it at once, the later one to commit fails (a 409) instead of both
     * acting. Nothing waits for the lock before the commit.
     */
    void claimForChange(Complaint complaint);
}
