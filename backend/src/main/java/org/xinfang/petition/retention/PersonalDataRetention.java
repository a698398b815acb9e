package org.xinfang.petition.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.shared.Problems;

/**
 * Erases the personal data of the closed cases whose retention period is over: each case in a transaction of its
 * own, audited with it, so a failure leaves the others erased and the case for the next run; the run is summed up
 * in the audit trail too. Nodes running at once erase each case once: the later one to commit loses and leaves it.
 */
@Service
public class PersonalDataRetention {

    static final String CASE_ERASED = "case.personal-data-erased";
    static final String RUN = "retention.run";
    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final Cases cases;
    private final CaseRecords records;
    private final AuditTrail audit;
    private final RetentionProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalDataRetention(
            Cases cases,
            CaseRecords records,
            AuditTrail audit,
            RetentionProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.cases = cases;
        this.records = records;
        this.audit = audit;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One run: erases every case closed longer ago than the period; returns how many. */
    public int eraseExpired() {
        Instant closedBefore =
                ZonedDateTime.now(clock).minus(properties.keptFor()).toInstant();
        int erased = 0;
        int failed = 0;
        for (List<String> due = dueBefore(closedBefore); !due.isEmpty(); due = dueBefore(closedBefore)) {
            int erasedInBatch = 0;
            for (String trackingNumber : due) {
                switch (erase(trackingNumber)) {
                    case ERASED -> erasedInBatch++;
                    case FAILED -> failed++;
                    case ERASED_ELSEWHERE -> {
                        // another node's run was quicker
                    }
                }
            }
            erased += erasedInBatch;
            if (erasedInBatch == 0) {
                break; // what is left failed here or was taken by another node: the next run tries again
            }
        }
        String summary = "erased " + erased + " cases closed before " + closedBefore + " (kept for "
                + properties.keptFor() + ")" + (failed == 0 ? "" : "; " + failed + " left for the next run");
        transactions.executeWithoutResult(status -> audit.recordChange(RUN, null, summary));
        log.info("Retention: {}", summary);
        return erased;
    }

    private List<String> dueBefore(Instant closedBefore) {
        return transactions.execute(status -> cases.keptClosedBefore(closedBefore, properties.batchSize()));
    }

    private Outcome erase(String trackingNumber) {
        try {
            return transactions.execute(status -> {
                if (!records.eraseComplainant(trackingNumber)) {
                    return Outcome.ERASED_ELSEWHERE;
                }
                audit.recordChange(CASE_ERASED, trackingNumber, "retention period " + properties.keptFor() + " over");
                return Outcome.ERASED;
            });
        } catch (RuntimeException e) {
            if (Problems.concurrentChangeIn(e).isPresent()) {
                return Outcome.ERASED_ELSEWHERE;
            }
            log.error("Retention: the personal data of {} could not be erased", trackingNumber, e);
            return Outcome.FAILED;
        }
    }

    private enum Outcome {
        ERASED,
        ERASED_ELSEWHERE,
        FAILED
    }
}
