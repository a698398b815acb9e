package org.xinfang.petition.messaging;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.messaging.OutboxMessage.Status;

/**
 * The outbox. Claims and outcomes are conditional updates, so that of several nodes reaching for the same row
 * exactly one wins, on every database, without locking rows across the delivery.
 */
interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    Page<OutboxMessage> findByStatus(Status status, Pageable page);

    List<OutboxMessage> findByComplaintIdOrderById(Long complaintId);

    /** Pending messages whose time has come and that nobody holds (or whose holder's lease ran out). */
    @Query("""
      select m.id from OutboxMessage m
      where m.status = org.xinfang.petition.messaging.OutboxMessage.Status.PENDING and m.nextAttemptAt <= :now
        and (m.claimedUntil is null or m.claimedUntil < :now)
      order by m.nextAttemptAt, m.id""")
    List<Long> findDue(Instant now, Pageable page);

    /** Takes the message for {@code claim} until {@code until}, unless someone else holds it; 1 when taken. */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
      update OutboxMessage m set m.claimedBy = :claim, m.claimedUntil = :until, m.version = m.version + 1
      where m.id = :id and m.status = org.xinfang.petition.messaging.OutboxMessage.Status.PENDING
        and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(Long id, String claim, Instant now, Instant until);

    /**
     * Records the outcome of a delivery by the holder of the claim: SENT by a real gateway with the provider's
     * reference, or UNSENT when only the recording gateway took it; 0 when the claim was lost meanwhile.
     */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
      update OutboxMessage m set m.status = :status, m.sentAt = :now, m.attempts = m.attempts + 1,
        m.gateway = :gateway, m.providerReference = :reference, m.claimedBy = null, m.claimedUntil = null,
        m.lastError = null, m.version = m.version + 1
      where m.id = :id and m.claimedBy = :claim""")
    int delivered(Long id, String claim, Status status, Instant now, String gateway, String reference);

    long countByStatus(Status status);

    /** The case's messages lose their recipient; one still pending is given up ({@code givenUp}). */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
      update OutboxMessage m set m.recipient = :erased, m.recipientMasked = :masked, m.claimedBy = null,
        m.claimedUntil = null, m.version = m.version + 1,
        m.status = case when m.status = org.xinfang.petition.messaging.OutboxMessage.Status.PENDING then :givenUp
          else m.status end
      where m.complaintId = :complaintId""")
    int eraseRecipients(Long complaintId, String erased, String masked, Status givenUp);

    /** Records a failed attempt by the holder of the claim: try again at {@code next}, or give up ({@code status}). */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
      update OutboxMessage m set m.status = :status, m.attempts = m.attempts + 1, m.nextAttemptAt = :next,
        m.lastError = :error, m.claimedBy = null, m.claimedUntil = null, m.version = m.version + 1
      where m.id = :id and m.claimedBy = :claim""")
    int failed(Long id, String claim, Status status, Instant next, String error);
}
