package org.xinfang.petition.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.attachment.UploadRules;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.evaluation.Verdict;
import org.xinfang.petition.selfservice.PublicCaseView;
import org.xinfang.petition.selfservice.SelfService;
import org.xinfang.petition.selfservice.SelfServiceRequests.LookupRequest;
import org.xinfang.petition.selfservice.SelfServiceRequests.MaterialSupplement;
import org.xinfang.petition.selfservice.SelfServiceRequests.RatingRequest;
import org.xinfang.petition.selfservice.SelfServiceRequests.ReviewAsked;
import org.xinfang.petition.selfservice.SelfServiceRequests.WithdrawalRequest;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;

/**
 * 进度查询: the complainant's case by tracking number and query code, always posted (never in a URL) and carried
 * from page to page in the forms' hidden fields, never in a session; downloading the files of the reply; supplying
 * the material the bureau asked for; rating the reply (评价); asking for a review (复查 / 复核) of a closed case; withdrawing, after a page that asks to confirm. Every
 * step goes through the
 * self-service the API uses, under its lookup throttle.
 */
@PageController
class LookupPages {

    static final String PATH = "/portal/lookup";
    static final String MATERIAL = PATH + "/material";
    static final String WITHDRAWAL = PATH + "/withdrawal";
    static final String REPLY_FILE = PATH + "/attachments/{id}";
    static final String RATING = PATH + "/rating";
    static final String REVIEW = PATH + "/review";

    /** The review's reason on the page: the withdrawal's reason is another field with its own label. */
    private static final String REVIEW_REASON = "reviewReason";

    private final SelfService selfService;
    private final FormErrors formErrors;
    private final UploadRules uploadRules;

    LookupPages(SelfService selfService, FormErrors formErrors, UploadRules uploadRules) {
        this.selfService = selfService;
        this.formErrors = formErrors;
        this.uploadRules = uploadRules;
    }

    /** The form, with the tracking number filled in when a message's link names it. */
    @GetMapping(PATH)
    String form(@RequestParam(required = false) String trackingNumber, Model model) {
        String number = trimmed(trackingNumber);
        return form(
                model, number == null || number.length() > 40 ? Map.of() : Map.of("trackingNumber", number), Map.of());
    }

    @PostMapping(PATH)
    String lookup(
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String queryCode,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Pages.noStore(response);
        LookupRequest request = new LookupRequest(trimmed(trackingNumber), trimmed(queryCode));
        Map<String, String> errors = formErrors.of(request, locale);
        if (!errors.isEmpty()) {
            return form(model, values(request), errors);
        }
        return showCase(request, http, locale, model);
    }

    /**
     * A file of the reply, posted from its button with the credentials in hidden fields; a refusal (fields tampered
     * with, too many tries, a file that is not the reply's) is the error page with the API's status.
     */
    @PostMapping(REPLY_FILE)
    ResponseEntity<Resource> replyFile(
            @PathVariable Long id,
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String queryCode,
            HttpServletRequest http) {
        LookupRequest credentials = new LookupRequest(trimmed(trackingNumber), trimmed(queryCode));
        formErrors.require(credentials);
        return selfService.replyFile(credentials, id, http.getRemoteAddr()).served(ContentDisposition.attachment());
    }

    @PostMapping(MATERIAL)
    String supplyMaterial(
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String queryCode,
            @RequestParam(required = false) String note,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Pages.noStore(response);
        MaterialSupplement supplement = new MaterialSupplement(trimmed(trackingNumber), trimmed(queryCode), note);
        LookupRequest credentials = new LookupRequest(supplement.trackingNumber(), supplement.queryCode());
        Map<String, String> errors = formErrors.attempt(
                supplement,
                () -> selfService.supplyMaterial(supplement, Pages.chosen(files), http.getRemoteAddr()),
                "note",
                locale);
        if (errors.isEmpty()) {
            model.addAttribute("notice", "portal.material.done");
            return showCase(credentials, http, locale, model);
        }
        model.addAttribute("values", typed("note", note));
        model.addAttribute("errors", errors);
        model.addAttribute("filesDropped", !Pages.chosen(files).isEmpty());
        return showCase(credentials, http, locale, model);
    }

    /** 评价: the verdict on the latest reply, or a change of it within the window; the case again, saying so. */
    @PostMapping(RATING)
    String rate(
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String queryCode,
            @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String comment,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Pages.noStore(response);
        RatingRequest rating =
                new RatingRequest(trimmed(trackingNumber), trimmed(queryCode), verdictOf(verdict), comment);
        LookupRequest credentials = new LookupRequest(rating.trackingNumber(), rating.queryCode());
        Map<String, String> errors =
                formErrors.attempt(rating, () -> selfService.rate(rating, http.getRemoteAddr()), "comment", locale);
        if (errors.isEmpty()) {
            model.addAttribute("notice", "portal.rating.done");
            return showCase(credentials, http, locale, model);
        }
        Map<String, String> typed = typed("comment", comment);
        typed.put("verdict", rating.verdict() == null ? null : rating.verdict().name());
        model.addAttribute("values", typed);
        model.addAttribute("errors", errors);
        return showCase(credentials, http, locale, model);
    }

    /** 请求复查 / 复核: the next level of review of the closed case, with the reason; the case again, saying so. */
    @PostMapping(REVIEW)
    String askForReview(
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String queryCode,
            @RequestParam(name = REVIEW_REASON, required = false) String reason,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Pages.noStore(response);
        ReviewAsked request = new ReviewAsked(trimmed(trackingNumber), trimmed(queryCode), reason);
        LookupRequest credentials = new LookupRequest(request.trackingNumber(), request.queryCode());
        Map<String, String> errors = new HashMap<>();
        formErrors
                .attempt(request, () -> selfService.askForReview(request, http.getRemoteAddr()), "reason", locale)
                .forEach((field, message) -> errors.put("reason".equals(field) ? REVIEW_REASON : field, message));
        if (errors.isEmpty()) {
            model.addAttribute("notice", "portal.review.done");
            return showCase(credentials, http, locale, model);
        }
        model.addAttribute("values", typed(REVIEW_REASON, reason));
        model.addAttribute("errors", errors);
        return showCase(credentials, http, locale, model);
    }

    /** The first step of withdrawing: what it means, an optional reason and the button that does it. */
    @PostMapping(WITHDRAWAL)
    String confirmWithdrawal(
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String queryCode,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Pages.noStore(response);
        LookupRequest credentials = new LookupRequest(trimmed(trackingNumber), trimmed(queryCode));
        return view(credentials, http, locale, model)
                .map(caseView -> "portal/withdraw")
                .orElse("portal/lookup");
    }

    @PostMapping(WITHDRAWAL + "/confirmed")
    String withdraw(
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String queryCode,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Pages.noStore(response);
        WithdrawalRequest withdrawal = new WithdrawalRequest(trimmed(trackingNumber), trimmed(queryCode), reason);
        LookupRequest credentials = new LookupRequest(withdrawal.trackingNumber(), withdrawal.queryCode());
        Map<String, String> errors = formErrors.attempt(
                withdrawal, () -> selfService.withdraw(withdrawal, http.getRemoteAddr()), "reason", locale);
        if (errors.isEmpty()) {
            model.addAttribute("notice", "portal.withdraw.done");
            return showCase(credentials, http, locale, model);
        }
        model.addAttribute("values", typed("reason", reason));
        model.addAttribute("errors", errors);
        return view(credentials, http, locale, model)
                .map(caseView -> "portal/withdraw")
                .orElse("portal/lookup");
    }

    private String showCase(LookupRequest credentials, HttpServletRequest http, Locale locale, Model model) {
        return view(credentials, http, locale, model)
                .map(caseView -> "portal/case")
                .orElse("portal/lookup");
    }

    /**
     * The case for these credentials in the model, with the reply's text; or the lookup form again saying why not
     * (no such case for this code, too many tries).
     */
    private Optional<PublicCaseView> view(
            LookupRequest credentials, HttpServletRequest http, Locale locale, Model model) {
        try {
            PublicCaseView caseView = selfService.lookup(credentials, http.getRemoteAddr());
            model.addAttribute("caseView", caseView);
            model.addAttribute("credentials", credentials);
            model.addAttribute(
                    "reply",
                    caseView.events().stream()
                            .filter(event -> CaseEventType.REPLIED.name().equals(event.type()))
                            .reduce((first, later) -> later)
                            .orElse(null));
            model.addAttribute("uploads", uploadRules);
            model.addAttribute("open", caseView.closedAt() == null);
            model.addAttribute("verdicts", Verdict.values());
            return Optional.of(caseView);
        } catch (PetitionException refusal) {
            model.addAttribute("refusal", formErrors.sentence(refusal, locale));
            form(model, values(credentials), Map.of());
            return Optional.empty();
        }
    }

    private String form(Model model, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "portal/lookup";
    }

    /** The tracking number only: the code is typed again rather than written back into a page. */
    private static Map<String, String> values(LookupRequest request) {
        return request.trackingNumber() == null ? Map.of() : Map.of("trackingNumber", request.trackingNumber());
    }

    /** What was typed into a field, to show again (a map that may hold a null). */
    private static Map<String, String> typed(String field, String value) {
        Map<String, String> typed = new HashMap<>();
        typed.put(field, value);
        return typed;
    }

    /** The verdict chosen; none (also a value no form offers) is the missing choice the request refuses. */
    private static Verdict verdictOf(String chosen) {
        for (Verdict verdict : Verdict.values()) {
            if (verdict.name().equals(chosen)) {
                return verdict;
            }
        }
        return null;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }
}
