package org.xinfang.petition.consultation;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.organization.Organisation;

/** Writes a consultation's timeline, with the actor as the case timeline sees it (staff, citizen or system). */
@Component
class ConsultationTimeline {

  private final ConsultationEventRepository events;
  private final CaseTimeline caseTimeline;
  private final Organisation organisation;
  private final Clock clock;

  ConsultationTimeline(ConsultationEventRepository events, CaseTimeline caseTimeline, Organisation organisation,
      Clock clock) {
    this.events = events;
    this.caseTimeline = caseTimeline;
    this.organisation = organisation;
    this.clock = clock;
  }

  void record(Consultation consultation, ConsultationEventType type, String comment, String publicNote) {
    String actor = actor();
    String unit = organisation.unitCodeOf(actor).orElse(null);
    events.save(new ConsultationEvent(consultation.getId(), type, actor, unit, clock.instant(), comment,
        publicNote));
  }

  String actor() {
    return caseTimeline.currentActor();
  }

  List<ConsultationEvent> of(Consultation consultation) {
    return events.findByConsultationIdOrderByOccurredAtAscIdAsc(consultation.getId());
  }
}
