package org.xinfang.petition.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;

/** What every page's layout shows: its language and the switch to the other, and for staff their name and menu. */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

    private final CurrentStaff currentStaff;
    private final WorkbenchMenu menu;

    PageModel(CurrentStaff currentStaff, WorkbenchMenu menu) {
        this.currentStaff = currentStaff;
        this.menu = menu;
    }

    /** "zh" or "en": the page's {@code lang} attribute and the language its texts are in. */
    @ModelAttribute("lang")
    String language(Locale locale) {
        return PageSetup.supported(locale).equals(Locale.ENGLISH) ? "en" : "zh-CN";
    }

    /** This very page in the other language. */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = PageSetup.supported(locale).equals(Locale.ENGLISH) ? "zh-CN" : "en";
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam(PageSetup.LANGUAGE_PARAMETER, other)
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    /** The page's path, to mark the menu entry the user is on. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("staff")
    StaffPrincipal staff() {
        return currentStaff.find().orElse(null);
    }

    @ModelAttribute("menu")
    List<WorkbenchMenu.Item> menu() {
        return currentStaff.find().map(menu::of).orElse(List.of());
    }
}
