package org.xinfang.petition.complaint;

import java.time.Clock;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.StaffUserRepository;

/**
 * Writes the case timeline. The actor is whoever the engine sees as authenticated (set for every API request
 * and by the engine's own webapps); work the engine does by itself (timers) is done by {@value #SYSTEM}.
 */
@Component
public class CaseTimeline {

  public static final String SYSTEM = "system";

  private final CaseEventRepository events;
  private final StaffUserRepository staff;
  private final IdentityService identityService;
  private final Clock clock;

  CaseTimeline(CaseEventRepository events, StaffUserRepository staff, @Lazy IdentityService identityService,
      Clock clock) {
    this.events = events;
    this.staff = staff;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** Records an event; {@code publicNote} is what the complainant may read, {@code comment} stays internal. */
  public CaseEvent record(Complaint complaint, CaseEventType type, String comment, String publicNote) {
    String actor = currentActor();
    String unit = staff.findByUsername(actor).map(user -> user.getUnit().getCode()).orElse(null);
    return events.save(new CaseEvent(complaint.getId(), type, actor, unit, clock.instant(), comment, publicNote));
  }

  public String currentActor() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }
}
