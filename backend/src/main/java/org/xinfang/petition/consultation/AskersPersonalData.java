package org.xinfang.petition.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.privacy.PersonalDataScreen;

/**
 * The askers' personal data once a closed consultation's retention period is over (the retention module decides
 * when): the name erased, the question and answer kept masked, for the statistics and the published Q&amp;A.
 */
@Service
public class AskersPersonalData {

    private final ConsultationRepository consultations;
    private final Consultations byNumber;
    private final PersonalDataScreen screen;
    private final Clock clock;

    AskersPersonalData(
            ConsultationRepository consultations, Consultations byNumber, PersonalDataScreen screen, Clock clock) {
        this.consultations = consultations;
        this.byNumber = byNumber;
        this.screen = screen;
        this.clock = clock;
    }

    /** At most {@code limit} consultations closed before the moment whose asker is still on record, oldest first. */
    @Transactional(readOnly = true)
    public List<String> keptClosedBefore(Instant closedBefore, int limit) {
        return consultations.findKeptClosedBefore(closedBefore, Limit.of(limit));
    }

    /**
     * Erases the asker of one consultation in the caller's transaction; false if that was done already. Two nodes
     * erasing the same one at once: the later to commit fails on the version and leaves it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(String trackingNumber) {
        Consultation consultation = byNumber.get(trackingNumber);
        if (consultation.isAnonymised()) {
            return false;
        }
        consultation.anonymise(screen, clock.instant());
        return true;
    }
}
