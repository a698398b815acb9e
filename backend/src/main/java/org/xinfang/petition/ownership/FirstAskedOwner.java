package org.xinfang.petition.ownership;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventRecorded;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.TimelineActors;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;

/**
 * 首问负责: the first clerk who acts on a case (registers it at the desk, triages it, or does anything else that
 * writes its timeline) becomes its owner in the office, by whichever door they act (our API, the pages, Tasklist).
 * The owner is on the case record and its detail; only a handover is a line of the timeline.
 */
@Component
class FirstAskedOwner {

    private final Cases cases;
    private final CaseRecords records;
    private final Organisation organisation;

    FirstAskedOwner(Cases cases, CaseRecords records, Organisation organisation) {
        this.cases = cases;
        this.records = records;
        this.organisation = organisation;
    }

    @EventListener
    void caseEvent(CaseEventRecorded event) {
        if (!isStaff(event.actor())) {
            return;
        }
        boolean clerk = organisation
                .staffMember(event.actor())
                .filter(member -> member.hasRole(Role.CLERK))
                .isPresent();
        if (!clerk) {
            return;
        }
        Complaint complaint = cases.get(event.trackingNumber());
        if (complaint.getOfficeOwner() == null) {
            records.assignOwner(complaint.getTrackingNumber(), event.actor());
        }
    }

    private static boolean isStaff(String actor) {
        return !TimelineActors.CITIZEN.equals(actor) && !TimelineActors.SYSTEM.equals(actor);
    }
}
