package org.xinfang.petition.administration;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffAdministration;
import org.xinfang.petition.organization.StaffAdministration.NewStaff;
import org.xinfang.petition.organization.StaffAdministration.StaffFilter;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.organization.UnitAdministration;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.Pager;

/**
 * 用户管理 in the workbench: the staff list, a new account, and one account's unit, roles, password and state; each
 * through {@link StaffAdministration}, as the admin API. A refused change shows its errors beside the fields, with
 * what was typed kept.
 */
@PageController
@RequestMapping("/workbench/admin/staff")
class StaffPages {

    private static final String LIST = "admin/staff-list";
    private static final String NEW = "admin/staff-new";
    private static final String DETAIL = "admin/staff-detail";

    private final StaffAdministration staff;
    private final UnitAdministration units;
    private final FieldErrors fieldErrors;

    StaffPages(StaffAdministration staff, UnitAdministration units, FieldErrors fieldErrors) {
        this.staff = staff;
        this.units = units;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String name,
            @SortableBy({"username", "displayName", "enabled"}) @PageableDefault(size = 20, sort = "username")
                    Pageable pageable,
            Model model) {
        Page<StaffUser> page = staff.find(new StaffFilter(unit, role, name), pageable);
        model.addAttribute("page", page);
        model.addAttribute("pager", Pager.of(page));
        model.addAttribute("filter", new StaffFilter(unit, role, name));
        return withChoices(model, LIST);
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("values", new NewStaff("", "", "", EnumSet.noneOf(Role.class), ""));
        model.addAttribute("errors", Map.of());
        return withChoices(model, NEW);
    }

    @PostMapping
    String create(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Set<Role> roles,
            @RequestParam String password,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        NewStaff request = new NewStaff(username, displayName, unit, roles == null ? Set.of() : roles, password);
        try {
            StaffUser created = staff.create(request);
            redirect.addFlashAttribute("done", "staff.created");
            return redirectTo(created.getUsername());
        } catch (PetitionException refused) {
            Map<String, String> errors = new LinkedHashMap<>(fieldErrors.of(refused, locale));
            // A login taken is told beside the login, where it must be changed.
            if (refused.code().equals("organization.username-taken")) {
                errors.put("username", errors.remove(FieldErrors.FORM));
            }
            model.addAttribute("values", request);
            model.addAttribute("errors", errors);
            return withChoices(model, NEW);
        }
    }

    @GetMapping("/{username}")
    String detail(@PathVariable String username, Model model) {
        model.addAttribute("member", staff.get(username));
        model.addAttribute("errors", Map.of());
        return withChoices(model, DETAIL);
    }

    @PostMapping("/{username}/unit")
    String move(
            @PathVariable String username,
            @RequestParam(required = false) String unit,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return change(username, "staff.moved", () -> staff.moveTo(username, unit), locale, model, redirect);
    }

    @PostMapping("/{username}/roles")
    String changeRoles(
            @PathVariable String username,
            @RequestParam(required = false) Set<Role> roles,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return change(
                username,
                "staff.rolesChanged",
                () -> staff.changeRoles(username, roles == null ? Set.of() : roles),
                locale,
                model,
                redirect);
    }

    @PostMapping("/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @RequestParam String password,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typedPassword", password);
        return change(
                username,
                "staff.passwordReset",
                () -> staff.resetPassword(username, password),
                locale,
                model,
                redirect);
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, Locale locale, Model model, RedirectAttributes redirect) {
        return change(username, "staff.disabled.done", () -> staff.disable(username), locale, model, redirect);
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, Locale locale, Model model, RedirectAttributes redirect) {
        return change(username, "staff.enabled.done", () -> staff.enable(username), locale, model, redirect);
    }

    /** Makes one change and returns to the account, saying it is done; a refusal shows beside its field. */
    private String change(
            String username, String done, Runnable change, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("done", done);
            return redirectTo(username);
        } catch (PetitionException refused) {
            model.addAttribute("member", staff.get(username));
            model.addAttribute("errors", fieldErrors.of(refused, locale));
            return withChoices(model, DETAIL);
        }
    }

    private String withChoices(Model model, String view) {
        model.addAttribute("units", units.all());
        model.addAttribute("roles", List.of(Role.values()));
        return view;
    }

    private static String redirectTo(String username) {
        return "redirect:/workbench/admin/staff/" + UriUtils.encodePathSegment(username, "UTF-8");
    }
}
