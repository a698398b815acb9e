package org.xinfang.petition.administration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.UnitAdministration;
import org.xinfang.petition.organization.UnitAdministration.NewUnit;
import org.xinfang.petition.organization.UnitKind;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;

/** 单位管理 in the workbench: the units, a new unit and renaming one, through {@link UnitAdministration}. */
@PageController
@RequestMapping("/workbench/admin/units")
class UnitPages {

    private static final String LIST = "admin/units";
    private static final String DETAIL = "admin/unit";

    private final UnitAdministration units;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;

    UnitPages(UnitAdministration units, Organisation organisation, FieldErrors fieldErrors) {
        this.units = units;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(Model model) {
        return listWith(model, new NewUnit("", "", "", null, "", ""), Map.of());
    }

    @PostMapping
    String create(
            @RequestParam String code,
            @RequestParam String nameZh,
            @RequestParam String nameEn,
            @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String parent,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        NewUnit request = new NewUnit(code, nameZh, nameEn, kind, region, parent);
        try {
            units.create(request);
            redirect.addFlashAttribute("done", "unit.created");
            redirect.addFlashAttribute("createdCode", code.strip());
            return "redirect:/workbench/admin/units";
        } catch (PetitionException refused) {
            return listWith(model, request, fieldErrors.of(refused, locale));
        }
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        return detailWith(model, code, Map.of());
    }

    @PostMapping("/{code}/name")
    String rename(
            @PathVariable String code,
            @RequestParam String nameZh,
            @RequestParam String nameEn,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            units.rename(code, nameZh, nameEn);
            redirect.addFlashAttribute("done", "unit.renamed");
            return "redirect:/workbench/admin/units/" + UriUtils.encodePathSegment(code, "UTF-8");
        } catch (PetitionException refused) {
            model.addAttribute("typed", Map.of("nameZh", nameZh, "nameEn", nameEn));
            return detailWith(model, code, fieldErrors.of(refused, locale));
        }
    }

    private String listWith(Model model, NewUnit values, Map<String, String> errors) {
        model.addAttribute("units", units.all());
        model.addAttribute("regions", organisation.regions());
        model.addAttribute("kinds", List.of(UnitKind.values()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return LIST;
    }

    private String detailWith(Model model, String code, Map<String, String> errors) {
        model.addAttribute("unit", units.get(code));
        model.addAttribute("errors", errors);
        return DETAIL;
    }
}
