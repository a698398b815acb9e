package org.xinfang.petition.complaint;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Looks a case up by its natural id, which Hibernate answers from the persistence context without a query; claims a
 * case for a change.
 */
class ComplaintByNumberImpl implements ComplaintByNumber {

    private final EntityManager entityManager;

    ComplaintByNumberImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Complaint> findByTrackingNumber(String trackingNumber) {
        return entityManager
                .unwrap(Session.class)
                .bySimpleNaturalId(Complaint.class)
                .loadOptional(trackingNumber);
    }

    @Override
    public void claimForChange(Complaint complaint) {
        entityManager.lock(complaint, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
