package org.xinfang.petition.monitoring;

import java.time.Clock;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xinfang.petition.assessment.AssessmentHighlights;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.web.PageController;

/**
 * The monitoring screen, and its panels alone, which the screen fetches again every minute (htmx) so that a wall
 * screen stays current without reloading the page (a reload would lose a phone's scroll position).
 */
@PageController
class MonitorPage {

    static final String PATH = "/workbench/monitor";

    /** How many months the satisfaction panel shows, this one included. */
    private static final int SATISFACTION_MONTHS = 12;

    private final MonitorFigures figures;
    private final AssessmentHighlights assessment;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    MonitorPage(MonitorFigures figures, AssessmentHighlights assessment, CurrentStaff currentStaff, Clock clock) {
        this.figures = figures;
        this.assessment = assessment;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String screen(Model model) {
        show(model);
        return "monitor/screen";
    }

    @GetMapping(PATH + "/panels")
    String panels(Model model) {
        show(model);
        return "monitor/screen :: panels";
    }

    private void show(Model model) {
        StaffPrincipal staff = currentStaff.get();
        if (figures.seesCases(staff)) {
            MonitorFigures.Screen screen = figures.of(staff);
            model.addAttribute("screen", screen);
            model.addAttribute("updatedAt", screen.at().atZone(clock.getZone()));
            model.addAttribute(
                    "satisfaction", assessment.satisfactionByMonth(SATISFACTION_MONTHS, figures.bureausSeenBy(staff)));
            model.addAttribute("ranking", assessment.latestRanking().orElse(null));
        }
    }
}
