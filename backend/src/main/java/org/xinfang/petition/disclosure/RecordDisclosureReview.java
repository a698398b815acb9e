package org.xinfang.petition.disclosure;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.TimelineActors;
import org.xinfang.petition.disclosure.DisclosureProcess.Var;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.PetitionException;

/**
 * Completes 保密审查 (userTask_reviewDisclosure): an approval takes the public texts as the reviewer left them (blank:
 * as proposed), which must pass the personal-data screen with the case's own data; a refusal needs its reason and
 * frees the reply for a new proposal. The gateway reads {@code disclosureApproved}; the decision is audited.
 */
@Component("recordDisclosureReview")
class RecordDisclosureReview implements TaskListener {

    private final ReplyDisclosureRepository disclosures;
    private final PublicTexts texts;
    private final Cases cases;
    private final TimelineActors actors;
    private final AuditTrail audit;
    private final Clock clock;

    RecordDisclosureReview(
            ReplyDisclosureRepository disclosures,
            PublicTexts texts,
            Cases cases,
            TimelineActors actors,
            AuditTrail audit,
            Clock clock) {
        this.disclosures = disclosures;
        this.texts = texts;
        this.cases = cases;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        boolean approved = input.yesNo(Var.APPROVED, "approve");
        task.setVariable(Var.APPROVED, approved);
        String summary = input.text(Var.PUBLIC_SUMMARY, Var.PUBLIC_SUMMARY, ReplyDisclosures.MAX_SUMMARY);
        String reply = input.text(Var.PUBLIC_REPLY, Var.PUBLIC_REPLY, ReplyDisclosures.MAX_REPLY);
        Long id = (Long) task.getVariable(Var.DISCLOSURE_ID);
        ReplyDisclosure disclosure =
                disclosures.findById(id).orElseThrow(() -> PetitionException.notFound("disclosure.not-found", id));
        Complaint complaint = cases.get(input.businessKey());
        if (approved) {
            input.text(Var.REFUSAL_REASON, "reason", ReplyDisclosures.MAX_REASON);
            String publicSummary = summary == null ? disclosure.getPublicSummary() : summary;
            String publicReply = reply == null ? disclosure.getPublicReply() : reply;
            texts.check(complaint, publicSummary, Var.PUBLIC_SUMMARY);
            texts.check(complaint, publicReply, Var.PUBLIC_REPLY);
            disclosure.approve(publicSummary, publicReply, actors.current(), clock.instant());
        } else {
            String reason = input.requiredText(Var.REFUSAL_REASON, "reason", ReplyDisclosures.MAX_REASON);
            disclosure.refuse(actors.current(), reason, clock.instant());
        }
        disclosures.saveAndFlush(disclosure);
        audit.recordChange(
                approved ? "DISCLOSURE_APPROVED" : "DISCLOSURE_REFUSED",
                complaint.getTrackingNumber(),
                "disclosure " + id);
    }
}
