package org.xinfang.petition.supervision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.audit.AuditSearch;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;
import org.xinfang.petition.supervision.SupervisorScopes.Scope;

/**
 * 问责 raised by an inspector or a discipline inspector: for a behaviour of the catalogue, against a unit of their scope (the unit that has the
 * case unless another is named) and, where known, the staff member of that unit, with the facts and the evidence
 * (links, references, one per entry). The case's timeline and the unit are told, as for a record the chain writes.
 */
@Service
public class RaisingAccountability {

    static final int MAX_FACTS = 8000;
    static final int MAX_EVIDENCE = 20;
    static final int MAX_EVIDENCE_ENTRY = 500;

    private final Cases cases;
    private final SupervisorScopes scopes;
    private final Organisation organisation;
    private final AccountabilityRecordRepository records;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;
    private final AuditSearch audit;
    private final Clock clock;

    RaisingAccountability(
            Cases cases,
            SupervisorScopes scopes,
            Organisation organisation,
            AccountabilityRecordRepository records,
            CaseTimeline timeline,
            SupervisionNotices notices,
            AuditSearch audit,
            Clock clock) {
        this.cases = cases;
        this.scopes = scopes;
        this.organisation = organisation;
        this.records = records;
        this.timeline = timeline;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountabilityView raise(RaiseRequest request) {
        if (request.auditEntry() != null) {
            return raise(fromAuditEntry(request));
        }
        Scope scope = scopes.current(SupervisorScopes.CONDUCT_WATCHERS);
        if (request.behaviour() == null) {
            throw PetitionException.invalid("behaviour", "constraint.NotNull");
        }
        String facts = request.facts() == null ? "" : request.facts().strip();
        if (facts.isEmpty()) {
            throw PetitionException.invalid("facts", "constraint.NotBlank");
        }
        if (facts.length() > MAX_FACTS) {
            throw PetitionException.invalid("facts", "constraint.Size", MAX_FACTS, 1);
        }
        List<String> evidence = request.evidence() == null
                ? List.of()
                : request.evidence().stream()
                        .map(entry -> entry == null ? "" : entry.strip())
                        .filter(entry -> !entry.isEmpty())
                        .toList();
        if (evidence.size() > MAX_EVIDENCE
                || evidence.stream().anyMatch(entry -> entry.length() > MAX_EVIDENCE_ENTRY)) {
            throw PetitionException.invalid("evidence", "constraint.Size", MAX_EVIDENCE_ENTRY, 1);
        }
        if (request.trackingNumber() == null) {
            throw PetitionException.invalid("trackingNumber", "constraint.NotBlank");
        }
        Complaint complaint = scope.visible(cases.get(request.trackingNumber()));
        OrgUnit unit = request.unit() == null
                ? (complaint.getCurrentBureau() != null ? complaint.getCurrentBureau() : scope.office())
                : organisation.unit(request.unit()).orElse(null);
        if (unit == null || !scope.covers(unit)) {
            throw PetitionException.invalid("unit", "constraint.not-in-scope");
        }
        if (request.handler() != null
                && organisation
                        .staffMember(request.handler())
                        .filter(member -> member.getUnit().getId().equals(unit.getId()))
                        .isEmpty()) {
            throw PetitionException.invalid("handler", "constraint.not-of-the-unit");
        }
        AccountabilityRecord record = records.save(new AccountabilityRecord(
                complaint,
                unit,
                request.handler(),
                request.behaviour(),
                facts,
                evidence.isEmpty() ? null : String.join("\n", evidence),
                timeline.currentActor(),
                clock.instant()));
        timeline.record(
                complaint,
                CaseEventType.ACCOUNTABILITY_RECORDED,
                "#%d against %s, handler %s: %s"
                        .formatted(
                                record.getId(),
                                unit.getCode(),
                                request.handler() == null ? "-" : request.handler(),
                                request.behaviour()),
                null);
        notices.toBureau(complaint, unit, CaseEventType.ACCOUNTABILITY_RECORDED, unit.bilingualName());
        return AccountabilityView.of(record);
    }

    /** Refuses (403) whoever may not raise accountability: only inspectors and discipline inspectors do. */
    public void checkMayRaise() {
        scopes.current(SupervisorScopes.CONDUCT_WATCHERS);
    }

    /**
     * 泄露信访人信息 found through the audited full view: the entry names the case, who viewed the identity (the staff
     * member, and their unit) and when; it is the evidence.
     */
    private RaiseRequest fromAuditEntry(RaiseRequest request) {
        AuditSearch.Entry view = audit.identityView(request.auditEntry())
                .orElseThrow(() -> PetitionException.invalid("auditEntry", "constraint.not-an-identity-view"));
        String unit = organisation
                .staffMember(view.actor())
                .map(member -> member.getUnit().getCode())
                .orElse(null);
        List<String> evidence = new ArrayList<>();
        evidence.add("audit #%d: %s viewed the complainant's identity at %s from %s"
                .formatted(request.auditEntry(), view.actor(), view.occurredAt(), view.clientAddress()));
        if (request.evidence() != null) {
            evidence.addAll(request.evidence());
        }
        return new RaiseRequest(
                view.trackingNumber(),
                unit,
                view.actor(),
                request.behaviour() == null ? AccountabilityBehaviour.LEAKING_DETAILS : request.behaviour(),
                request.facts(),
                evidence,
                null);
    }

    /**
     * What an inspector raises: the case, whom (unit, staff member), for what behaviour, and on what evidence; or the
     * audit entry (its sequence number) of a full view of the identity that leaked it, which names all but the facts.
     */
    public record RaiseRequest(
            @PlainText String trackingNumber,
            @PlainText String unit,
            @PlainText String handler,
            AccountabilityBehaviour behaviour,
            @PlainText(lines = true) String facts,
            List<@PlainText String> evidence,
            Long auditEntry) {}
}
