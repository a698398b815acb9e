package org.xinfang.petition.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.petition.security.OwnPasswordChange;
import org.xinfang.petition.security.PageSecurity;
import org.xinfang.petition.shared.PetitionException;

/**
 * The signed-in staff member changes their own password; the one page a member whose password someone else set
 * (the installer, an administrator's reset) may open until they have. A refusal shows beside its field, and no
 * password is ever shown again.
 */
@PageController
@RequestMapping(PageSecurity.PASSWORD)
class PasswordPage {

    private static final String VIEW = "workbench/password";

    private final OwnPasswordChange passwordChange;
    private final PageErrors errors;

    PasswordPage(OwnPasswordChange passwordChange, PageErrors errors) {
        this.passwordChange = passwordChange;
        this.errors = errors;
    }

    @GetMapping
    String form(Model model) {
        PageErrors.Shown.none().showOn(model, Map.of());
        return VIEW;
    }

    @PostMapping
    String change(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            passwordChange.change(currentPassword, newPassword, request, response);
        } catch (PetitionException refused) {
            errors.of(refused, locale).showOn(model, Map.of());
            return VIEW;
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:" + PageSecurity.WORKBENCH;
    }
}
