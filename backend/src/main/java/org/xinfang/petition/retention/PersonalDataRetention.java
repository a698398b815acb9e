package org.xinfang.petition.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.consultation.AskersPersonalData;
import org.xinfang.petition.shared.Problems;
import org.xinfang.petition.survey.ServiceUsersPersonalData;

/**
 * Erases the personal data whose retention period is over: of the closed cases and consultations, each in a
 * transaction of its own, audited with it, so a failure leaves the others erased and that one for the next run; of
 * the imported survey service users, a batch at a time, each batch audited. The run is summed up in the audit trail
 * too. Nodes running at once erase each case and consultation once: the later one to commit loses and leaves it.
 */
@Service
public class PersonalDataRetention {

    static final String CASE_ERASED = "case.personal-data-erased";
    static final String CONSULTATION_ERASED = "consultation.personal-data-erased";
    static final String SERVICE_USERS_ERASED = "survey.service-users-erased";
    static final String RUN = "retention.run";
    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final Cases cases;
    private final CaseRecords records;
    private final AskersPersonalData askers;
    private final ServiceUsersPersonalData serviceUsers;
    private final AuditTrail audit;
    private final RetentionProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalDataRetention(
            Cases cases,
            CaseRecords records,
            AskersPersonalData askers,
            ServiceUsersPersonalData serviceUsers,
            AuditTrail audit,
            RetentionProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.cases = cases;
        this.records = records;
        this.askers = askers;
        this.serviceUsers = serviceUsers;
        this.audit = audit;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What one run erased. */
    public record Run(int cases, int consultations, int serviceUsers) {}

    /** One run: what was closed, or for service users imported, longer ago than its period. */
    public Run eraseExpired() {
        Instant closedBefore = ago(properties.keptFor());
        Instant importedBefore = ago(properties.serviceUsersKeptFor());
        Count erasedCases = eraseEach(
                before -> cases.keptClosedBefore(before, properties.batchSize()),
                records::eraseComplainant,
                CASE_ERASED,
                closedBefore);
        Count erasedConsultations = eraseEach(
                before -> askers.keptClosedBefore(before, properties.batchSize()),
                askers::erase,
                CONSULTATION_ERASED,
                closedBefore);
        int erasedServiceUsers = eraseServiceUsers(importedBefore);
        int failed = erasedCases.failed() + erasedConsultations.failed();
        String summary = "erased " + erasedCases.erased() + " cases and " + erasedConsultations.erased()
                + " consultations closed before " + closedBefore + " (kept for " + properties.keptFor() + "), "
                + erasedServiceUsers + " survey service users imported before " + importedBefore + " (kept for "
                + properties.serviceUsersKeptFor() + ")"
                + (failed == 0 ? "" : "; " + failed + " left for the next run");
        transactions.executeWithoutResult(status -> audit.recordChange(RUN, null, summary));
        log.info("Retention: {}", summary);
        return new Run(erasedCases.erased(), erasedConsultations.erased(), erasedServiceUsers);
    }

    private Instant ago(Period period) {
        return ZonedDateTime.now(clock).minus(period).toInstant();
    }

    private record Count(int erased, int failed) {}

    /** Erases each record the query finds due, batch after batch, until none is left that this run may take. */
    private Count eraseEach(
            Function<Instant, List<String>> dueBefore, Predicate<String> erase, String action, Instant before) {
        int erased = 0;
        int failed = 0;
        for (List<String> due = transactions.execute(status -> dueBefore.apply(before));
                !due.isEmpty();
                due = transactions.execute(status -> dueBefore.apply(before))) {
            int erasedInBatch = 0;
            for (String trackingNumber : due) {
                switch (erase(trackingNumber, erase, action)) {
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
        return new Count(erased, failed);
    }

    private Outcome erase(String trackingNumber, Predicate<String> erase, String action) {
        try {
            return transactions.execute(status -> {
                if (!erase.test(trackingNumber)) {
                    return Outcome.ERASED_ELSEWHERE;
                }
                audit.recordChange(action, trackingNumber, "retention period " + properties.keptFor() + " over");
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

    private int eraseServiceUsers(Instant importedBefore) {
        int erased = 0;
        for (int batch = eraseServiceUserBatch(importedBefore);
                batch > 0;
                batch = eraseServiceUserBatch(importedBefore)) {
            erased += batch;
        }
        return erased;
    }

    private int eraseServiceUserBatch(Instant importedBefore) {
        Integer erased = transactions.execute(status -> {
            int count = serviceUsers.eraseImportedBefore(importedBefore, properties.batchSize());
            if (count > 0) {
                audit.recordChange(
                        SERVICE_USERS_ERASED,
                        null,
                        count + " imported before " + importedBefore + ", retention period "
                                + properties.serviceUsersKeptFor() + " over");
            }
            return count;
        });
        return erased == null ? 0 : erased;
    }

    private enum Outcome {
        ERASED,
        ERASED_ELSEWHERE,
        FAILED
    }
}
