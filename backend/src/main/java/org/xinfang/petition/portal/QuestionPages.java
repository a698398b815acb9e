package org.xinfang.petition.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.consultation.AskRequest;
import org.xinfang.petition.consultation.Asking;
import org.xinfang.petition.consultation.PublicConsultations;
import org.xinfang.petition.disclosure.PublicReplies;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;
import org.xinfang.petition.web.PageController;

/**
 * 在线咨询: asking a question without an account; 公开答复: the published questions and answers and the published
 * replies to complaints, one search over both.
 */
@PageController
class QuestionPages {

    static final String ASK = "/portal/ask";
    static final String ANSWERS = "/portal/answers";

    /** Published answers on one page. */
    private static final int PAGE_SIZE = 10;

    private final Asking asking;
    private final PublicConsultations published;
    private final PublicReplies replies;
    private final FormErrors formErrors;
    private final Organisation organisation;

    QuestionPages(
            Asking asking,
            PublicConsultations published,
            PublicReplies replies,
            FormErrors formErrors,
            Organisation organisation) {
        this.asking = asking;
        this.published = published;
        this.replies = replies;
        this.formErrors = formErrors;
        this.organisation = organisation;
    }

    @GetMapping(ASK)
    String form(Model model) {
        return form(model, Map.of(), Map.of());
    }

    @PostMapping(ASK)
    String ask(
            @RequestParam Map<String, String> fields,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        List<FieldViolation> unreadable = new ArrayList<>();
        Category category = null;
        String chosen = fields.get("category");
        if (chosen != null && !chosen.isBlank()) {
            try {
                category = Category.valueOf(chosen);
            } catch (IllegalArgumentException e) {
                unreadable.add(new FieldViolation("category", "constraint.unreadable"));
            }
        }
        AskRequest request =
                new AskRequest(fields.get("askerName"), category, fields.get("region"), fields.get("question"));
        Map<String, String> errors = formErrors.of(request, unreadable, locale);
        if (!errors.isEmpty()) {
            return form(model, fields, errors);
        }
        try {
            model.addAttribute("asked", asking.ask(request, http.getRemoteAddr()));
            Pages.noStore(response);
            return "portal/asked";
        } catch (PetitionException refusal) {
            if (refusal.violations().isEmpty()) {
                model.addAttribute("refusal", formErrors.sentence(refusal, locale));
            }
            return form(model, fields, formErrors.of(refusal, locale));
        }
    }

    @GetMapping(ANSWERS)
    String answers(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int rpage,
            Locale locale,
            Model model) {
        model.addAttribute("q", q);
        try {
            model.addAttribute("answers", published.list(q, Math.max(page, 0), PAGE_SIZE));
            model.addAttribute("replies", replies.list(q, Math.max(rpage, 0), PAGE_SIZE));
        } catch (PetitionException refusal) {
            model.addAttribute("refusal", formErrors.sentence(refusal, locale));
        }
        return "portal/answers";
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Category.values());
        model.addAttribute("regions", organisation.regions());
        return "portal/ask";
    }
}
