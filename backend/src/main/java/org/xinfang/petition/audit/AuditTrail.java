package org.xinfang.petition.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the audit trail. A state change is audited in its own transaction, so the entry exists exactly when
 * the change does; its entries are appended just before that transaction commits, so the chain's head stays
 * locked only for that moment. A view of personal data is audited in a transaction of its own, since the view
 * happened even if the request later fails.
 */
@Service
public class AuditTrail {

  private final AuditEntryRepository entries;
  private final AuditHeadRepository heads;
  private final AuditSeal seal;
  private final AuditActor actor;
  private final Clock clock;

  AuditTrail(AuditEntryRepository entries, AuditHeadRepository heads, AuditSeal seal, AuditActor actor,
      Clock clock) {
    this.entries = entries;
    this.heads = heads;
    this.seal = seal;
    this.actor = actor;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void recordChange(AuditRecord record) {
    pendingInThisTransaction().add(record);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordView(AuditRecord record) {
    append(record);
  }

  /**
   * Records that the current user (with roles, unit and client address) viewed something, such as a
   * complainant's full identity; {@code detail} says what, never the data itself.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordView(String action, String trackingNumber, String detail) {
    append(actor.record(null, action, trackingNumber, detail));
  }

  @SuppressWarnings("unchecked")
  private List<AuditRecord> pendingInThisTransaction() {
    List<AuditRecord> pending = (List<AuditRecord>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      List<AuditRecord> records = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, records);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          records.forEach(AuditTrail.this::append);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResource(AuditTrail.this);
        }
      });
      pending = records;
    }
    return pending;
  }

  private void append(AuditRecord record) {
    AuditHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("The audit head is missing"));
    long seq = head.getLastSeq() + 1;
    // Whole seconds: MySQL drivers configured for the engine send no fractions, and the hash must match the row.
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    AuditEntry sealed = seal.seal(seq, at, record, head.getLastHash());
    entries.save(sealed);
    head.advance(seq, sealed.getHash());
  }
}
