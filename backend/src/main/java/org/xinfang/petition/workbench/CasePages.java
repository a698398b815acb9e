package org.xinfang.petition.workbench;

import java.time.Clock;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.caseview.CaseDetail;
import org.xinfang.petition.caseview.CaseQueries;
import org.xinfang.petition.deadline.DeadlineStatus;
import org.xinfang.petition.deadline.DeadlineView;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.TimeLeft;

/**
 * A case's page, for everyone who may see the case (anyone else gets the 404 page, as from the API): its record as
 * the case view gives it, the complainant masked with the audited full view for those entitled to it, and beside it
 * the actions the user may take now.
 */
@PageController
class CasePages {

    static final String PATH = "/workbench/cases/{trackingNumber}";

    private final CaseActions actions;
    private final CaseQueries cases;
    private final Clock clock;

    CasePages(CaseActions actions, CaseQueries cases, Clock clock) {
        this.actions = actions;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(@PathVariable String trackingNumber, @RequestParam(required = false) String done, Model model) {
        CaseAtHand at = actions.atHand(trackingNumber);
        model.addAttribute("done", actions.named(done).orElse(null));
        return page(at, model);
    }

    /** The complainant in full: audited by the case view, and shown in this response only. */
    @PostMapping(PATH + "/complainant")
    String complainant(@PathVariable String trackingNumber, Model model) {
        CaseDetail.Person complainant = cases.complainant(trackingNumber);
        model.addAttribute("fullComplainant", complainant);
        return page(actions.atHand(trackingNumber), model);
    }

    /** The full view's own address, opened again (its language switch, a bookmark): the case page, masked again. */
    @GetMapping(PATH + "/complainant")
    String backToCase(@PathVariable String trackingNumber) {
        return "redirect:/workbench/cases/" + trackingNumber;
    }

    private String page(CaseAtHand at, Model model) {
        model.addAttribute("case", at.detail());
        model.addAttribute("actions", actions.offeredOn(at));
        model.addAttribute("mayKnowComplainant", cases.mayKnowComplainant(at.trackingNumber()));
        model.addAttribute("deadlines", countdowns(at.detail().deadlines()));
        return "workbench/case";
    }

    private List<Countdown> countdowns(List<DeadlineView> deadlines) {
        return deadlines.stream()
                .map(deadline -> new Countdown(
                        deadline,
                        deadline.status() == DeadlineStatus.ENDED
                                ? null
                                : TimeLeft.of(
                                        deadline.warnAt(),
                                        deadline.dueAt(),
                                        deadline.remainingWorkingDays(),
                                        clock.instant())))
                .toList();
    }

    /** A limit of the case, with its countdown while it runs (none once its stage is done). */
    record Countdown(DeadlineView deadline, TimeLeft timeLeft) {}
}
