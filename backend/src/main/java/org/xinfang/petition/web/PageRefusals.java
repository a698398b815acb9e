package org.xinfang.petition.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.xinfang.petition.shared.PetitionException;

/**
 * A refusal on a page that no form can show beside a field (an unknown case, an action no longer open, someone
 * else's task) is the error page, with the API's status and its message in the page's language.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

    private final PageErrors errors;

    PageRefusals(PageErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(PetitionException.class)
    ModelAndView refused(PetitionException refusal, Locale locale, HttpServletResponse response) {
        PageErrors.Shown shown = errors.of(refusal, locale);
        String message = shown.page() != null
                ? shown.page()
                : String.join(" ", shown.fields().values());
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", refusal.status().value());
        page.addObject("message", message);
        page.setStatus(refusal.status());
        return page;
    }
}
