package org.xinfang.petition.bulletin;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.PageErrors;

/**
 * 考核通报 in the workbench: each month's bulletin with its downloads, and for the petition office and the
 * inspectors the month to generate and each bulletin's regeneration, through {@link Bulletins}.
 */
@PageController
@RequestMapping("/workbench/bulletins")
class BulletinPages {

    private static final String LIST = "workbench/bulletins";

    private final Bulletins bulletins;
    private final CurrentStaff currentStaff;
    private final PageErrors errors;

    BulletinPages(Bulletins bulletins, CurrentStaff currentStaff, PageErrors errors) {
        this.bulletins = bulletins;
        this.currentStaff = currentStaff;
        this.errors = errors;
    }

    @GetMapping
    String list(Model model) {
        return listWith(model, "", PageErrors.Shown.none());
    }

    @PostMapping
    String generate(
            @RequestParam(defaultValue = "") String month, Locale locale, Model model, RedirectAttributes done) {
        try {
            bulletins.generate(parse(month));
            done.addFlashAttribute("done", "bulletin.generated.done");
            return "redirect:/workbench/bulletins";
        } catch (PetitionException refused) {
            return listWith(model, month, errors.of(refused, locale));
        }
    }

    @PostMapping("/{month}/versions")
    String regenerate(@PathVariable YearMonth month, Locale locale, Model model, RedirectAttributes done) {
        try {
            bulletins.regenerate(month);
            done.addFlashAttribute("done", "bulletin.regenerated.done");
            return "redirect:/workbench/bulletins";
        } catch (PetitionException refused) {
            return listWith(model, "", errors.of(refused, locale));
        }
    }

    @GetMapping("/{month}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable YearMonth month, @RequestParam(required = false) Integer version) {
        return BulletinController.download(bulletins.pdf(month, version), MediaType.APPLICATION_PDF, month + ".pdf");
    }

    @GetMapping("/{month}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable YearMonth month, @RequestParam(required = false) Integer version) {
        return BulletinController.download(
                bulletins.workbook(month, version), BulletinController.XLSX, month + ".xlsx");
    }

    private String listWith(Model model, String month, PageErrors.Shown shown) {
        model.addAttribute("bulletins", bulletins.list());
        model.addAttribute("mayGenerate", bulletins.mayGenerate(currentStaff.get()));
        model.addAttribute("month", month);
        model.addAttribute("errors", shown);
        return LIST;
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException malformed) {
            throw PetitionException.invalid("month", "bulletin.month-invalid");
        }
    }
}
