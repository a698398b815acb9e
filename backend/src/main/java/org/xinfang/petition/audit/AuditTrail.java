package org.xinfang.petition.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes to the audit trail. An entry is written pending, in the transaction of the change, so that it exists
 * exactly when the change does and survives a crash; the chain writer ({@link AuditChain}) seals and chains it
 * after the commit, so no request waits for the chain. An entry's time is that of the change.
 */
@Service
public class AuditTrail {

    /** The action of an audited full view of a complainant's identity. */
    public static final String COMPLAINANT_VIEWED = "COMPLAINANT_VIEWED";

    private final AuditEntryRepository entries;
    private final AuditChain chain;
    private final AuditActor actor;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditChain chain, AuditActor actor, Clock clock) {
        this.entries = entries;
        this.chain = chain;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(AuditRecord record) {
        entries.save(pending(record));
        chainAfterCommit();
    }

    /**
     * Records a change by the current user (with roles, unit and client address), in the transaction of the change;
     * {@code detail} says what changed, never personal data.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(String action, String trackingNumber, String detail) {
        recordChange(actor.record(null, action, trackingNumber, detail));
    }

    /**
     * Records a view, which happened even if the request later fails, without ever asking for a second pooled
     * connection while the request holds one: outside a transaction in a short one of its own; inside a
     * transaction that writes, in that transaction; and when that transaction rolls back, or only reads (a
     * read-only connection cannot write), by the chain writer's thread once it has ended.
     */
    public void recordView(AuditRecord record) {
        AuditEntry entry = pending(record);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            entries.save(entry);
            chain.request();
        } else if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    chain.writeLater(entry);
                }
            });
        } else {
            entries.save(entry);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        chain.request();
                    } else {
                        chain.writeLater(pending(record, entry));
                    }
                }
            });
        }
    }

    /**
     * Records that the current user (with roles, unit and client address) viewed something, such as a
     * complainant's full identity; {@code detail} says what, never the data itself.
     */
    public void recordView(String action, String trackingNumber, String detail) {
        recordView(actor.record(null, action, trackingNumber, detail));
    }

    /** Whole seconds: MySQL drivers configured for the engine send no fractions, and the seal must match the row. */
    private AuditEntry pending(AuditRecord record) {
        return new AuditEntry(clock.instant().truncatedTo(ChronoUnit.SECONDS), record);
    }

    private static AuditEntry pending(AuditRecord record, AuditEntry rolledBack) {
        return new AuditEntry(rolledBack.getOccurredAt(), record);
    }

    /** One trigger per transaction, however many entries it wrote. */
    private void chainAfterCommit() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, true);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                chain.request();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResource(AuditTrail.this);
            }
        });
    }
}
