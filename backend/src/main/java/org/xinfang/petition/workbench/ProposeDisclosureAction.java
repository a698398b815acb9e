package org.xinfang.petition.workbench;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.disclosure.ReplyDisclosures;
import org.xinfang.petition.disclosure.ReplyDisclosures.Draft;
import org.xinfang.petition.disclosure.ReplyDisclosures.Proposal;

/**
 * 提出答复公开: the petition office proposes a replied case's reply for publication, the public texts filled in with
 * the case's personal data masked. Offered when the service would take it.
 */
@Component
@Order(90)
class ProposeDisclosureAction implements CaseAction {

    private final ReplyDisclosures disclosures;

    ProposeDisclosureAction(ReplyDisclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public String key() {
        return "propose-disclosure";
    }

    @Override
    public String label() {
        return "action.propose-disclosure";
    }

    @Override
    public String formId() {
        return "propose-disclosure";
    }

    @Override
    public boolean offeredOn(CaseAtHand at) {
        return disclosures.mayPropose(at.trackingNumber());
    }

    @Override
    public Map<String, String> prefilled(CaseAtHand at) {
        Draft draft = disclosures.draft(at.trackingNumber());
        return Map.of("publicSummary", draft.publicSummary(), "publicReply", draft.publicReply());
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        disclosures.propose(
                trackingNumber,
                input.valid(
                        new Proposal(input.text("reason"), input.text("publicSummary"), input.text("publicReply"))));
    }
}
