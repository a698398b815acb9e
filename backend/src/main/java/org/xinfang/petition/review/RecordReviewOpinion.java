package org.xinfang.petition.review;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.process.ReviewProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * Completes 复查 (userTask_review) and 复核 (userTask_reReview), through any door: the opinion and the conclusion are
 * required; the request's record keeps them, and the timeline's public line carries them to the complainant.
 */
@Component("recordReviewOpinion")
class RecordReviewOpinion implements TaskListener {

    static final int MAX_OPINION = 4000;

    private final Cases cases;
    private final CaseReviewRepository reviews;
    private final CaseTimeline timeline;
    private final Messages messages;
    private final Clock clock;

    RecordReviewOpinion(
            Cases cases, CaseReviewRepository reviews, CaseTimeline timeline, Messages messages, Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.timeline = timeline;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        ReviewConclusion conclusion = input.choice(Var.CONCLUSION, ReviewConclusion.class, "conclusion");
        String opinion = input.requiredText(Var.OPINION, "opinion", MAX_OPINION);
        Level level = task.getTaskDefinitionKey().equals(Level.RE_REVIEW.taskKey()) ? Level.RE_REVIEW : Level.REVIEW;
        Complaint complaint = cases.get(input.businessKey());
        CaseReview review = reviews.findByComplaintIdAndLevel(complaint.getId(), level)
                .orElseThrow(() ->
                        PetitionException.conflict("case.not-at-stage", complaint.getTrackingNumber(), level.label()));
        review.answer(opinion, conclusion, timeline.currentActor(), clock.instant());
        timeline.record(
                complaint,
                level == Level.REVIEW ? CaseEventType.REVIEW_ANSWERED : CaseEventType.RE_REVIEW_ANSWERED,
                null,
                messages.both("review-conclusion." + conclusion.name()) + "\n" + opinion);
    }
}
