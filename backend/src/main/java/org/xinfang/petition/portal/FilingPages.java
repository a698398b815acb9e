package org.xinfang.petition.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.attachment.UploadRules;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.intake.FiledComplaint;
import org.xinfang.petition.intake.IdempotentFiling;
import org.xinfang.petition.messaging.NotifyBy;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;

/**
 * 网上投诉: the filing form, its checks as the citizen types, and the confirmation. The form posts the API's request
 * (as fields) to intake's filing with the {@code Idempotency-Key} made when the form was shown, so that a double
 * click or a retry files once; a refusal shows the form again with everything typed and the reasons at the fields.
 */
@PageController
class FilingPages {

    static final String PATH = "/portal/file";

    private final IdempotentFiling filing;
    private final FormErrors formErrors;
    private final Organisation organisation;
    private final UploadRules uploadRules;

    FilingPages(IdempotentFiling filing, FormErrors formErrors, Organisation organisation, UploadRules uploadRules) {
        this.filing = filing;
        this.formErrors = formErrors;
        this.organisation = organisation;
        this.uploadRules = uploadRules;
    }

    @GetMapping(PATH)
    String form(Model model) {
        return form(
                model, Map.of(ComplaintForm.IDEMPOTENCY_KEY, UUID.randomUUID().toString()), Map.of(), false);
    }

    /** Multipart from the form (with or without files), form-encoded from a client that sends no file. */
    @PostMapping(PATH)
    String file(
            @RequestParam Map<String, String> fields,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        ComplaintForm form = new ComplaintForm(fields);
        List<MultipartFile> chosen = Pages.chosen(files);
        var request = form.request();
        Map<String, String> errors = formErrors.of(request, form.unreadable(), locale);
        if (!errors.isEmpty()) {
            return form(model, form.values(), errors, !chosen.isEmpty());
        }
        try {
            FiledComplaint filed = filing.file(request, chosen, form.idempotencyKey(), http.getRemoteAddr());
            Pages.noStore(response);
            model.addAttribute("filed", filed);
            return "portal/filed";
        } catch (PetitionException refusal) {
            if (refusal.violations().isEmpty()) {
                model.addAttribute("refusal", formErrors.sentence(refusal, locale));
            }
            return form(model, form.values(), formErrors.of(refusal, locale), !chosen.isEmpty());
        }
    }

    /**
     * One field checked as it is typed, by the request's own constraints (htmx sends the field alone and names it
     * in {@code HX-Trigger-Name}): its message, or nothing when the value is fine.
     */
    @PostMapping(PATH + "/check")
    String check(
            @RequestHeader("HX-Trigger-Name") String field,
            @RequestParam Map<String, String> fields,
            Locale locale,
            Model model) {
        String value = fields.getOrDefault(field, "");
        Map<String, String> typed = new HashMap<>();
        typed.put(field, value);
        ComplaintForm form = new ComplaintForm(typed);
        String message =
                formErrors.of(form.request(), form.unreadable(), locale).get(field);
        model.addAttribute("message", message);
        model.addAttribute("ok", message == null && !value.isBlank());
        return "portal/fields :: feedback";
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors, boolean filesDropped) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("filesDropped", filesDropped);
        model.addAttribute("categories", Category.values());
        model.addAttribute("notifyChoices", NotifyBy.values());
        model.addAttribute("regions", organisation.regions());
        model.addAttribute(
                "bureaus",
                organisation.units().stream().filter(OrgUnit::isBureau).toList());
        model.addAttribute("uploads", uploadRules);
        return "portal/file";
    }
}
