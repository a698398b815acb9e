package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.consultation.ConsultationDesk;
import org.xinfang.petition.consultation.ConsultationDesk.QueueItem;
import org.xinfang.petition.consultation.ConsultationStatus;
import org.xinfang.petition.process.TaskForms;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;
import org.xinfang.petition.web.Pager;

/**
 * The staff side of consultations (在线咨询): the queue (a department sees what was routed to it, the petition office
 * everything), the answered questions awaiting a publication decision, a consultation's page with the actions the
 * user may take on it now, and each action's page with its form from {@code forms/}, all through the service the
 * API calls.
 */
@PageController
class ConsultationPages {

    /** The orders the consultation lists offer, as {@code property,direction}; the first is the queue's own. */
    private static final List<String> ORDERS = List.of("askedAt,asc", "askedAt,desc", "dueAt,asc");

    static final String ACTION_PATH = "/workbench/consultations/{trackingNumber}/{action}";

    private final ConsultationDesk desk;
    private final List<ConsultationAction> actions;
    private final CompletableTasks tasks;
    private final CurrentStaff currentStaff;
    private final Bureaus bureaus;
    private final Countdowns countdowns;
    private final TaskForms forms;
    private final PageErrors errors;

    ConsultationPages(
            ConsultationDesk desk,
            List<ConsultationAction> actions,
            CompletableTasks tasks,
            CurrentStaff currentStaff,
            Bureaus bureaus,
            Countdowns countdowns,
            TaskForms forms,
            PageErrors errors) {
        this.desk = desk;
        this.actions = List.copyOf(actions);
        this.tasks = tasks;
        this.currentStaff = currentStaff;
        this.bureaus = bureaus;
        this.countdowns = countdowns;
        this.forms = forms;
        this.errors = errors;
    }

    @GetMapping("/workbench/consultations")
    String queue(
            @RequestParam(required = false) ConsultationStatus status,
            @SortableBy({ConsultationDesk.ASKED_AT, ConsultationDesk.DUE_AT})
                    @PageableDefault(size = StageQueuePages.PAGE_SIZE, sort = ConsultationDesk.ASKED_AT)
                    Pageable page,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ConsultationStatus.values());
        return list(model, desk.queue(status, page), "consultations");
    }

    /** 答复公开: the answered questions whose publication the office (or the department's leader) decides. */
    @GetMapping("/workbench/publication")
    String publication(
            @SortableBy({ConsultationDesk.ASKED_AT, ConsultationDesk.DUE_AT})
                    @PageableDefault(size = StageQueuePages.PAGE_SIZE, sort = ConsultationDesk.ASKED_AT)
                    Pageable page,
            Model model) {
        return list(model, desk.queue(ConsultationStatus.ANSWERED, page), "publication");
    }

    @GetMapping("/workbench/consultations/{trackingNumber}")
    String consultation(@PathVariable String trackingNumber, @RequestParam(required = false) String done, Model model) {
        ConsultationAtHand at = atHand(trackingNumber);
        model.addAttribute("consultation", at.detail());
        model.addAttribute("countdown", countdowns.of(at.detail().dueAt(), null));
        model.addAttribute(
                "offered",
                actions.stream().filter(action -> action.offeredOn(at)).toList());
        model.addAttribute("done", named(done).orElse(null));
        model.addAttribute("bureaus", bureausByCode());
        return "workbench/clerk/consultation";
    }

    @GetMapping(ACTION_PATH)
    String form(@PathVariable String trackingNumber, @PathVariable String action, Model model) {
        ConsultationAtHand at = atHand(trackingNumber);
        ConsultationAction chosen = offered(at, action);
        return actionPage(model, at, chosen, chosen.prefilled(at), PageErrors.Shown.none());
    }

    @PostMapping(ACTION_PATH)
    String take(
            @PathVariable String trackingNumber,
            @PathVariable String action,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ConsultationAtHand at = atHand(trackingNumber);
        ConsultationAction chosen = offered(at, action);
        ActionInput input = new ActionInput(fields, List.of(), errors);
        try {
            chosen.take(trackingNumber, input);
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            return actionPage(model, at, chosen, input.enteredOver(chosen.prefilled(at)), errors.of(refusal, locale));
        }
        return "redirect:/workbench/consultations/" + trackingNumber + "?done=" + chosen.key();
    }

    private String list(Model model, Page<QueueItem> items, String section) {
        model.addAttribute("section", section);
        model.addAttribute("items", items);
        model.addAttribute("pager", Pager.of(items));
        model.addAttribute("consultationOrders", ORDERS);
        model.addAttribute(
                "countdowns",
                items.getContent().stream()
                        .map(item -> item.answeredAt() == null ? countdowns.of(item.dueAt(), null) : null)
                        .toList());
        model.addAttribute("bureaus", bureausByCode());
        return "workbench/clerk/consultations";
    }

    private ConsultationAtHand atHand(String trackingNumber) {
        StaffPrincipal staff = currentStaff.get();
        return new ConsultationAtHand(desk.detail(trackingNumber), staff, tasks.of(trackingNumber, staff));
    }

    private Optional<ConsultationAction> named(String key) {
        return actions.stream().filter(action -> action.key().equals(key)).findFirst();
    }

    private ConsultationAction offered(ConsultationAtHand at, String key) {
        return named(key)
                .filter(action -> action.offeredOn(at))
                .orElseThrow(() -> PetitionException.conflict("workbench.action-not-offered"));
    }

    private Map<String, Bureaus.Bureau> bureausByCode() {
        return bureaus.all().stream().collect(Collectors.toMap(Bureaus.Bureau::code, Function.identity()));
    }

    private String actionPage(
            Model model,
            ConsultationAtHand at,
            ConsultationAction action,
            Map<String, String> values,
            PageErrors.Shown shown) {
        model.addAttribute("consultation", at.detail());
        model.addAttribute("countdown", countdowns.of(at.detail().dueAt(), null));
        model.addAttribute("action", action);
        model.addAttribute("form", forms.definition(action.formId()));
        shown.showOn(model, values);
        model.addAttribute("bureauList", bureaus.all());
        model.addAttribute("suggestions", Map.of("department", "bureaus-by-name"));
        model.addAttribute("bureaus", bureausByCode());
        return "workbench/clerk/consultation-action";
    }
}
