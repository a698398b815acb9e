package org.xinfang.petition.complaint;

import java.time.Clock;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.xinfang.petition.organization.Organisation;

/**
 * Writes the case timeline. The actor is whoever the engine sees as authenticated (set for every API request
 * and by the engine's own webapps), a citizen ({@value #CITIZEN}) on the public API, and {@value #SYSTEM} for
 * work the engine does by itself (timers).
 */
@Component
public class CaseTimeline {

  public static final String SYSTEM = "system";
  public static final String CITIZEN = "citizen";

  private final CaseEventRepository events;
  private final Organisation organisation;
  private final IdentityService identityService;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  CaseTimeline(CaseEventRepository events, Organisation organisation, @Lazy IdentityService identityService,
      Clock clock, ApplicationEventPublisher publisher) {
    this.events = events;
    this.organisation = organisation;
    this.identityService = identityService;
    this.clock = clock;
    this.publisher = publisher;
  }

  /** Records an event; {@code publicNote} is what the complainant may read, {@code comment} stays internal. */
  public CaseEvent record(Complaint complaint, CaseEventType type, String comment, String publicNote) {
    String actor = currentActor();
    String unit = isStaff(actor) ? organisation.unitCodeOf(actor).orElse(null)
        : null;
    CaseEvent event = events.save(new CaseEvent(complaint.getId(), type, actor, unit, clock.instant(), comment,
        publicNote));
    publisher.publishEvent(new CaseEventRecorded(complaint.getTrackingNumber(), type, actor, unit,
        event.getOccurredAt()));
    return event;
  }

  /** A citizen on the public API and the engine by itself are no staff, and belong to no unit. */
  private static boolean isStaff(String actor) {
    return !CITIZEN.equals(actor) && !SYSTEM.equals(actor);
  }

  /** The authenticated user; a citizen on the public API (no account); else the engine itself. */
  public String currentActor() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return RequestContextHolder.getRequestAttributes() != null ? CITIZEN : SYSTEM;
  }
}
