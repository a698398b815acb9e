package org.xinfang.petition.workbench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.dispatch.Triaging;
import org.xinfang.petition.dispatch.Triaging.DispatchRequest;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * 派单: to the bureau bureau-routing proposed, or to another the clerk chooses by name (the form's bureau field,
 * suggested from the bureaus); whether this dispatch designates the bureau is the dispatch service's policy.
 */
@Component
@Order(20)
class DispatchAction extends TaskAction {

    private static final String BUREAU = "bureau";

    private final Triaging triaging;
    private final Organisation organisation;
    private final Bureaus bureaus;

    DispatchAction(Triaging triaging, Organisation organisation, Bureaus bureaus) {
        super(Stage.DISPATCH.taskKey());
        this.triaging = triaging;
        this.organisation = organisation;
        this.bureaus = bureaus;
    }

    @Override
    public String key() {
        return "dispatch";
    }

    @Override
    public String label() {
        return "action.dispatch";
    }

    @Override
    public String formId() {
        return "dispatch";
    }

    @Override
    public Map<String, String> prefilled(CaseAtHand at) {
        String proposed = at.detail().proposedBureau();
        return proposed == null ? Map.of() : Map.of("proposedBureau", proposed);
    }

    @Override
    public Optional<PageExtras> extras(CaseAtHand at) {
        Map<String, Object> model = new HashMap<>();
        model.put("bureaus", bureaus.all());
        model.put("suggestions", Map.of(BUREAU, "bureaus-by-name"));
        model.put("designates", triaging.dispatchDesignates(at.detail().dispatchCount()));
        Optional.ofNullable(at.detail().proposedBureau())
                .flatMap(organisation::unit)
                .ifPresent(proposed -> model.put("proposed", proposed));
        return Optional.of(new PageExtras("workbench/dispatch :: extras", model));
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        triaging.dispatch(trackingNumber, input.valid(new DispatchRequest(input.text(BUREAU), input.text("comment"))));
    }
}
