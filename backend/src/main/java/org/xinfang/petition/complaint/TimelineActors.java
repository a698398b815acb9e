package org.xinfang.petition.complaint;

import java.time.Clock;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.xinfang.petition.organization.Organisation;

/**
 * Who writes a timeline line: whoever the engine sees as authenticated (set for every API request and by the
 * engine's own webapps), a citizen ({@value #CITIZEN}) on the public API, and {@value #SYSTEM} for work the
 * engine does by itself (timers).
 */
@Component
public class TimelineActors {

    public static final String SYSTEM = "system";
    public static final String CITIZEN = "citizen";

    private final Organisation organisation;
    private final IdentityService identityService;
    private final Clock clock;

    TimelineActors(Organisation organisation, @Lazy IdentityService identityService, Clock clock) {
        this.organisation = organisation;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** The authenticated user; a citizen on the public API (no account); else the engine itself. */
    public String current() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return RequestContextHolder.getRequestAttributes() != null ? CITIZEN : SYSTEM;
    }

    /** The current actor, their unit and the time. */
    Timeline.Stamp stamp() {
        String actor = current();
        return new Timeline.Stamp(actor, unitOf(actor), clock.instant());
    }

    /** A citizen on the public API and the engine by itself are no staff, and belong to no unit. */
    private String unitOf(String actor) {
        if (CITIZEN.equals(actor) || SYSTEM.equals(actor)) {
            return null;
        }
        return organisation.unitCodeOf(actor).orElse(null);
    }
}
