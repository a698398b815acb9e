package org.xinfang.petition.review;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.process.ReviewProcess;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.process.ReviewProcess.Var;
import org.xinfang.petition.shared.PlainText;

/**
 * 复查意见 / 复核意见: the reviewing body's handler or leader answers the review running now, through its task, as
 * Tasklist would; the task's completion listener ({@link RecordReviewOpinion}) checks and records the opinion.
 */
@Service
@Transactional
public class Reviewing {

    private final Cases cases;
    private final CaseTasks caseTasks;

    Reviewing(Cases cases, CaseTasks caseTasks) {
        this.cases = cases;
        this.caseTasks = caseTasks;
    }

    public void answer(String trackingNumber, ReviewOpinion opinion) {
        Complaint complaint = cases.get(trackingNumber);
        Level level = switch (complaint.getStatus()) {
            case IN_RE_REVIEW -> Level.RE_REVIEW;
            default -> Level.REVIEW;
        };
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.OPINION, Variables.stringValue(opinion.opinion(), true));
        variables.put(
                Var.CONCLUSION,
                Variables.stringValue(
                        opinion.conclusion() == null
                                ? null
                                : opinion.conclusion().name(),
                        true));
        caseTasks.complete(ReviewProcess.KEY, trackingNumber, level.taskKey(), level.label(), variables);
    }

    /** The body's opinion, as the API's body and the workbench's form give it. */
    public record ReviewOpinion(
            ReviewConclusion conclusion,
            @PlainText(lines = true) String opinion) {}
}
