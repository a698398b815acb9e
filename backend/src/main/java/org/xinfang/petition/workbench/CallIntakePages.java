package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.intake.FileComplaintRequest;
import org.xinfang.petition.intake.FileComplaintRequest.ComplainantDetails;
import org.xinfang.petition.intake.FiledComplaint;
import org.xinfang.petition.intake.IdempotentFiling;
import org.xinfang.petition.intake.Intake;
import org.xinfang.petition.messaging.NotifyBy;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.screening.LikelyRepeats;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * 来电登记: an operator (or a clerk) files a complaint on a caller's behalf through the API's staff filing path
 * (intake's {@link IdempotentFiling}, the same checks and the request's key so that a double submission files
 * once), the channel required; while the caller's ID number and matter are typed, the likely repeats of the draft
 * are asked of screening (htmx) so the operator can tell the caller of an earlier case.
 */
@PageController
class CallIntakePages {

    static final String PATH = "/workbench/intake";

    /** The channels an operator enters a complaint from (the web is the citizen's own). */
    static final List<Channel> CHANNELS = List.of(
            Channel.HOTLINE_12389,
            Channel.HOTLINE_12345,
            Channel.DESK_110,
            Channel.LETTER,
            Channel.MAILBOX,
            Channel.WALK_IN);

    private static final String KEY = "idempotencyKey";

    private final IdempotentFiling filing;
    private final Intake intake;
    private final LikelyRepeats likelyRepeats;
    private final Organisation organisation;
    private final CurrentStaff currentStaff;
    private final PageErrors errors;

    CallIntakePages(
            IdempotentFiling filing,
            Intake intake,
            LikelyRepeats likelyRepeats,
            Organisation organisation,
            CurrentStaff currentStaff,
            PageErrors errors) {
        this.filing = filing;
        this.intake = intake;
        this.likelyRepeats = likelyRepeats;
        this.organisation = organisation;
        this.currentStaff = currentStaff;
        this.errors = errors;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("categories", Category.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("notifyBys", NotifyBy.values());
        model.addAttribute("regions", organisation.regions());
    }

    @GetMapping(PATH)
    String form(Model model) {
        checkMayFile();
        Map<String, String> values = new HashMap<>();
        values.put(KEY, UUID.randomUUID().toString());
        return page(model, values, PageErrors.Shown.none());
    }

    @PostMapping(PATH)
    String file(
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkMayFile();
        ActionInput input = new ActionInput(fields, files == null ? List.of() : files, errors);
        FiledComplaint filed;
        try {
            filed = filing.file(request(input), input.files(), input.text(KEY), http.getRemoteAddr());
        } catch (PetitionException refusal) {
            response.setStatus(refusal.status().value());
            return page(model, input.asEntered(), errors.of(refusal, locale));
        }
        redirect.addFlashAttribute("filed", filed);
        return "redirect:" + PATH + "/filed";
    }

    /** The tracking number and the query code to read to the caller, shown once after the filing. */
    @GetMapping(PATH + "/filed")
    String filed(Model model) {
        if (!model.containsAttribute("filed")) {
            return "redirect:" + PATH;
        }
        model.addAttribute("mayOpenCase", currentStaff.get().hasRole(Role.CLERK));
        return "workbench/clerk/intake-filed";
    }

    /** 疑似重复件 of the draft so far: nothing until the ID number is a valid one. */
    @PostMapping(PATH + "/likely-repeats")
    String likelyRepeats(
            @RequestParam(name = "complainant.idNumber", required = false) String idNumber,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String content,
            Model model) {
        model.addAttribute(
                "repeats",
                intake.residentIdIndex(idNumber)
                        .map(index -> likelyRepeats.forDraft(index, subject, content))
                        .orElse(null));
        return "workbench/clerk/intake :: repeats";
    }

    /** The request the API's staff filing takes, with the channel required: a call is never a web filing. */
    private static FileComplaintRequest request(ActionInput input) {
        FileComplaintRequest request = input.valid(new FileComplaintRequest(
                new ComplainantDetails(
                        input.text("complainant.name"),
                        input.text("complainant.idNumber"),
                        input.text("complainant.phone"),
                        input.text("complainant.address"),
                        input.text("complainant.email")),
                input.choice("category", Category.class),
                input.choice("urgency", Urgency.class),
                input.text("region"),
                input.choice("channel", Channel.class),
                input.text("subject"),
                input.text("content"),
                null,
                input.ticked("confidential"),
                null,
                input.choice("notifyBy", NotifyBy.class)));
        if (request.channel() == null) {
            throw PetitionException.invalid("channel", "constraint.NotNull");
        }
        return request;
    }

    private void checkMayFile() {
        if (!currentStaff.get().hasAnyRole(Role.OPERATOR, Role.CLERK)) {
            throw PetitionException.forbidden("access-denied");
        }
    }

    private String page(Model model, Map<String, String> values, PageErrors.Shown shown) {
        shown.showOn(model, values);
        return "workbench/clerk/intake";
    }
}
