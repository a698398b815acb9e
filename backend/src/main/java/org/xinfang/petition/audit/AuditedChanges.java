package org.xinfang.petition.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.calendar.CalendarChanged;
import org.xinfang.petition.complaint.CaseEventRecorded;
import org.xinfang.petition.evaluation.EvaluatorChanged;
import org.xinfang.petition.organization.OrganisationChanged;
import org.xinfang.petition.privacy.PersonalDataResealed;
import org.xinfang.petition.security.StaffTokenIssued;
import org.xinfang.petition.security.StaffTokensRevoked;

/**
 * State changes reach the trail as the events their modules publish, in the same transaction: every case
 * transition passes through the case timeline; calendar corrections, key rotations, staff API tokens issued or
 * revoked, changes to staff accounts and units, and window evaluators registered, re-keyed or revoked announce
 * themselves.
 */
@Component
class AuditedChanges {

    private final AuditTrail trail;
    private final AuditActor actor;

    AuditedChanges(AuditTrail trail, AuditActor actor) {
        this.trail = trail;
        this.actor = actor;
    }

    @EventListener
    void caseEvent(CaseEventRecorded event) {
        trail.recordChange(actor.record(
                event.actor(),
                "CASE_" + event.type().name(),
                event.trackingNumber(),
                event.actorUnit() == null ? null : "unit " + event.actorUnit()));
    }

    @EventListener
    void calendarChanged(CalendarChanged change) {
        trail.recordChange(actor.record(null, "CALENDAR_CHANGED", null, "year " + change.year()));
    }

    @EventListener
    void organisationChanged(OrganisationChanged change) {
        trail.recordChange(actor.record(null, change.action(), null, change.detail()));
    }

    @EventListener
    void evaluatorChanged(EvaluatorChanged change) {
        trail.recordChange(actor.record(null, change.action(), null, change.detail()));
    }

    @EventListener
    void personalDataResealed(PersonalDataResealed rotation) {
        trail.recordChange(actor.record(
                null,
                "PERSONAL_DATA_ROTATED",
                null,
                "key v" + rotation.keyVersion() + ", "
                        + rotation.examined() + " values, " + rotation.reencrypted() + " re-encrypted, "
                        + rotation.reindexed()
                        + " re-indexed"));
    }

    @EventListener
    void tokenIssued(StaffTokenIssued issued) {
        trail.recordChange(actor.record(
                issued.username(),
                "API_TOKEN_ISSUED",
                null,
                "token " + issued.tokenId() + ", expires " + issued.expiresAt()));
    }

    @EventListener
    void tokensRevoked(StaffTokensRevoked revoked) {
        trail.recordChange(actor.record(
                revoked.username(),
                "API_TOKEN_REVOKED",
                null,
                (revoked.all() ? "every token" : "the token in use") + ", " + revoked.revoked() + " revoked"));
    }
}
