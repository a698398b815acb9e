package org.xinfang.petition.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.process.ReviewProcess.Var;

/**
 * The window in which the complainant may ask for the next level of review ({@code
 * ${reviewWindows.open(execution, 'REVIEW')}}): the REVIEW_WINDOW limit of {@code time-limits} (30 statutory days),
 * counted from the written opinion they received: for 复查 the last reply sent or the inspectors' review conclusion,
 * for 复核 the review opinion, given just now. The model's timer ends the window; the variable stays, for the views
 * that tell the complainant until when they may ask.
 */
@Component("reviewWindows")
public class ReviewWindows {

    /** The timeline lines that carry a written opinion on the case's handling. */
    private static final Set<CaseEventType> OPINIONS = Set.of(CaseEventType.REPLIED, CaseEventType.REVIEWED);

    private final Cases cases;
    private final CaseTimeline timeline;
    private final Deadlines deadlines;
    private final Clock clock;

    ReviewWindows(Cases cases, CaseTimeline timeline, Deadlines deadlines, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public void open(DelegateExecution execution, String level) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        Level opened = Level.valueOf(level);
        Instant opinion = opened == Level.REVIEW ? lastOpinion(complaint).orElse(clock.instant()) : clock.instant();
        Instant ends = deadlines.dueAfter(complaint, DeadlineStage.REVIEW_WINDOW, opinion);
        execution.setVariable(variableOf(opened), Date.from(ends));
    }

    static String variableOf(Level level) {
        return level == Level.REVIEW ? Var.REVIEW_WINDOW_ENDS : Var.RE_REVIEW_WINDOW_ENDS;
    }

    private Optional<Instant> lastOpinion(Complaint complaint) {
        return timeline.of(complaint).stream()
                .filter(event -> OPINIONS.contains(event.getType()))
                .map(CaseEvent::getOccurredAt)
                .max(Instant::compareTo);
    }
}
