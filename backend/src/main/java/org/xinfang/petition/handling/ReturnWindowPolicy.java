package org.xinfang.petition.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.shared.PetitionException;

/**
 * 退回时限: a bureau may return a misrouted case only within its objection window, {@code time-limits}
 * RETURN_WINDOW (5 working days) from the dispatch that started its sign-for clock. The model's gateway
 * {@code gateway_mayReturn} asks {@code returnWindow.isOpen}; past the window its path ends in
 * {@code returnWindow.refuse}, which refuses the completion (409 {@code case.return-window-passed}).
 */
@Component("returnWindow")
public class ReturnWindowPolicy {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Cases cases;
    private final Deadlines deadlines;
    private final Clock clock;

    ReturnWindowPolicy(Cases cases, Deadlines deadlines, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public boolean isOpen(DelegateExecution execution) {
        return isOpen(clock.instant(), returnBy(cases.get(execution.getProcessBusinessKey())));
    }

    public void refuse(DelegateExecution execution) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        throw PetitionException.conflict(
                "case.return-window-passed",
                complaint.getTrackingNumber(),
                DUE.format(returnBy(complaint).atZone(clock.getZone())));
    }

    /** The window is open until, and not at, the moment it closes. */
    static boolean isOpen(Instant now, Instant returnBy) {
        return now.isBefore(returnBy);
    }

    private Instant returnBy(Complaint complaint) {
        return deadlines.dueAfter(
                complaint, DeadlineStage.RETURN_WINDOW, deadlines.lastStart(complaint, DeadlineStage.SIGN_FOR));
    }
}
