package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.disclosure.DisclosureStatus;
import org.xinfang.petition.disclosure.ReplyDisclosures;
import org.xinfang.petition.disclosure.ReplyDisclosures.WithdrawalRequest;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * 公开审查: the proposals to publish a reply that wait for their confidentiality review (each reviewed on its case's
 * page), and the published replies, which the petition office withdraws here saying why, as the API does.
 */
@PageController
class DisclosurePages {

    static final String LIST = "/workbench/disclosures";

    private final ReplyDisclosures disclosures;
    private final CurrentStaff currentStaff;
    private final PageErrors errors;

    DisclosurePages(ReplyDisclosures disclosures, CurrentStaff currentStaff, PageErrors errors) {
        this.disclosures = disclosures;
        this.currentStaff = currentStaff;
        this.errors = errors;
    }

    @GetMapping(LIST)
    String list(@RequestParam(required = false) Long withdrawn, Model model) {
        model.addAttribute("withdrawn", withdrawn);
        return page(model, null, Map.of(), PageErrors.Shown.none());
    }

    @PostMapping(LIST + "/{id}/withdrawal")
    String withdraw(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ActionInput input = new ActionInput(fields, List.of(), errors);
        try {
            disclosures.withdraw(id, input.valid(new WithdrawalRequest(input.text("reason"))));
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            return page(model, id, input.asEntered(), errors.of(refusal, locale));
        }
        return "redirect:" + LIST + "?withdrawn=" + id;
    }

    private String page(Model model, Long refusedId, Map<String, String> values, PageErrors.Shown shown) {
        model.addAttribute("awaiting", disclosures.list(DisclosureStatus.PROPOSED));
        model.addAttribute("published", disclosures.list(DisclosureStatus.PUBLISHED));
        model.addAttribute("mayWithdraw", currentStaff.get().hasRole(Role.CLERK));
        model.addAttribute("refusedId", refusedId);
        shown.showOn(model, values);
        return "workbench/disclosures";
    }
}
