package org.xinfang.petition.complaint;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.OrgUnit;

/** Writes and reads a case's timeline; every line is announced as {@link CaseEventRecorded} (for the audit). */
@Component
public class CaseTimeline extends Timeline<Complaint, CaseEventType, CaseEvent> {

    private final CaseEventRepository events;
    private final ApplicationEventPublisher publisher;

    CaseTimeline(CaseEventRepository events, TimelineActors actors, ApplicationEventPublisher publisher) {
        super(events, actors);
        this.events = events;
        this.publisher = publisher;
    }

    @Override
    public List<CaseEvent> of(Complaint complaint) {
        return events.findByComplaintIdOrderByOccurredAtAscIdAsc(complaint.getId());
    }

    @Override
    protected CaseEvent line(Complaint complaint, CaseEventType type, Stamp stamp, String comment, String publicNote) {
        OrgUnit bureau = complaint.getCurrentBureau();
        return new CaseEvent(
                complaint.getId(), type, bureau == null ? null : bureau.getCode(), stamp, comment, publicNote);
    }

    @Override
    protected void recorded(Complaint complaint, CaseEvent event) {
        publisher.publishEvent(new CaseEventRecorded(
                complaint.getTrackingNumber(),
                event.getType(),
                event.getActor(),
                event.getActorUnit(),
                event.getOccurredAt()));
    }
}
