package org.xinfang.petition.workbench;

import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.disclosure.DisclosureProcess.Step;
import org.xinfang.petition.disclosure.DisclosureProcess.Var;
import org.xinfang.petition.disclosure.ReplyDisclosures;
import org.xinfang.petition.disclosure.ReplyDisclosures.DisclosureView;
import org.xinfang.petition.disclosure.ReplyDisclosures.ReviewRequest;
import org.xinfang.petition.shared.PetitionException;

/**
 * 保密审查: an inspector other than the proposer approves the reply's publication, the public texts edited if need
 * be, or refuses it saying why. Offered to the review's candidates, never to whoever proposed it.
 */
@Component
@Order(91)
class ReviewDisclosureAction extends TaskAction {

    private final ReplyDisclosures disclosures;

    ReviewDisclosureAction(ReplyDisclosures disclosures) {
        super(Step.REVIEW.taskKey());
        this.disclosures = disclosures;
    }

    @Override
    public String key() {
        return "review-disclosure";
    }

    @Override
    public String label() {
        return "action.review-disclosure";
    }

    @Override
    public String formId() {
        return "review-disclosure";
    }

    @Override
    public boolean offeredOn(CaseAtHand at) {
        return super.offeredOn(at)
                && disclosures
                        .underReview(at.trackingNumber())
                        .filter(proposal ->
                                !proposal.proposedBy().equals(at.staff().username()))
                        .isPresent();
    }

    @Override
    public Map<String, String> prefilled(CaseAtHand at) {
        return disclosures
                .underReview(at.trackingNumber())
                .map(proposal ->
                        Map.of(Var.PUBLIC_SUMMARY, proposal.publicSummary(), Var.PUBLIC_REPLY, proposal.publicReply()))
                .orElse(Map.of());
    }

    @Override
    public Optional<PageExtras> extras(CaseAtHand at) {
        return disclosures
                .underReview(at.trackingNumber())
                .map(proposal -> new PageExtras("workbench/disclosures :: proposal", Map.of("proposal", proposal)));
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        DisclosureView proposal = disclosures
                .underReview(trackingNumber)
                .orElseThrow(
                        () -> PetitionException.conflict("case.not-at-stage", trackingNumber, Step.REVIEW.label()));
        disclosures.review(
                proposal.id(),
                input.valid(new ReviewRequest(
                        input.yesNo(Var.APPROVED),
                        input.text(Var.REFUSAL_REASON),
                        input.text(Var.PUBLIC_SUMMARY),
                        input.text(Var.PUBLIC_REPLY))));
    }

    @Override
    public String formKeyOf(String field) {
        return switch (field) {
            case "approve" -> Var.APPROVED;
            case "reason" -> Var.REFUSAL_REASON;
            default -> field;
        };
    }
}
