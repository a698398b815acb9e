package org.xinfang.petition.portal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every portal page's model holds besides the layout's: the zone its times are shown in (the system's,
 * Asia/Shanghai), and empty values and errors for a form shown for the first time.
 */
@ControllerAdvice(assignableTypes = {PortalHome.class, FilingPages.class, LookupPages.class, QuestionPages.class})
class PortalModel {

    private final Clock clock;

    PortalModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @ModelAttribute("values")
    Map<String, String> values() {
        return Map.of();
    }

    @ModelAttribute("errors")
    Map<String, String> errors() {
        return Map.of();
    }
}
