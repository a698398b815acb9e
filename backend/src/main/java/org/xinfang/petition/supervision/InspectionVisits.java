package org.xinfang.petition.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.TimelineActors;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;
import org.xinfang.petition.supervision.SupervisorScopes.Scope;

/** 明查暗访、突击检查: inspectors and discipline inspectors record visits to the units of their scope with their findings, and list them. */
@Service
public class InspectionVisits {

    static final int MAX_FINDINGS = 4000;

    private final InspectionVisitRepository visits;
    private final SupervisorScopes scopes;
    private final Organisation organisation;
    private final TimelineActors actors;
    private final Clock clock;

    InspectionVisits(
            InspectionVisitRepository visits,
            SupervisorScopes scopes,
            Organisation organisation,
            TimelineActors actors,
            Clock clock) {
        this.visits = visits;
        this.scopes = scopes;
        this.organisation = organisation;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public VisitView record(VisitRequest request) {
        Scope scope = scopes.current(SupervisorScopes.CONDUCT_WATCHERS);
        OrgUnit unit = request.unit() == null
                ? null
                : organisation.unit(request.unit()).orElse(null);
        if (unit == null || !scope.covers(unit)) {
            throw PetitionException.invalid("unit", "constraint.not-in-scope");
        }
        if (request.kind() == null) {
            throw PetitionException.invalid("kind", "constraint.NotNull");
        }
        if (request.visitedOn() == null) {
            throw PetitionException.invalid("visitedOn", "constraint.NotNull");
        }
        if (request.visitedOn().isAfter(LocalDate.now(clock))) {
            throw PetitionException.invalid("visitedOn", "constraint.not-in-the-future");
        }
        String findings = request.findings() == null ? "" : request.findings().strip();
        if (findings.isEmpty()) {
            throw PetitionException.invalid("findings", "constraint.NotBlank");
        }
        if (findings.length() > MAX_FINDINGS) {
            throw PetitionException.invalid("findings", "constraint.Size", MAX_FINDINGS, 1);
        }
        Instant now = clock.instant();
        return VisitView.of(visits.save(
                new InspectionVisit(unit, request.kind(), request.visitedOn(), findings, actors.current(), now)));
    }

    /** The visits to the units of the inspector's scope, by unit and kind, latest first as the page asks. */
    @Transactional(readOnly = true)
    public Page<VisitView> list(String unit, VisitKind kind, Pageable page) {
        Scope scope = scopes.current(SupervisorScopes.CONDUCT_WATCHERS);
        Specification<InspectionVisit> spec =
                (root, query, cb) -> root.get("unit").get("id").in(scope.unitIds());
        if (unit != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("unit").get("code"), unit));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        return visits.findAll(spec, page).map(VisitView::of);
    }

    /** The units a visit may be recorded against: those of the supervisor's scope, by code. */
    @Transactional(readOnly = true)
    public List<UnitRef> unitsInScope() {
        return organisation
                .units(scopes.current(SupervisorScopes.CONDUCT_WATCHERS).unitIds())
                .stream()
                .sorted(Comparator.comparing(OrgUnit::getCode))
                .map(UnitRef::of)
                .toList();
    }

    /** A visit as recorded: the unit, how and when it was inspected, and what was found. */
    public record VisitRequest(
            @PlainText String unit,
            VisitKind kind,
            LocalDate visitedOn,
            @PlainText(lines = true) String findings) {}

    /** A recorded visit. */
    public record VisitView(
            long id, UnitRef unit, String kind, LocalDate visitedOn, String findings, String inspector, Instant at) {
        static VisitView of(InspectionVisit visit) {
            return new VisitView(
                    visit.getId(),
                    UnitRef.of(visit.getUnit()),
                    visit.getKind().name(),
                    visit.getVisitedOn(),
                    visit.getFindings(),
                    visit.getInspector(),
                    visit.getCreatedAt());
        }
    }
}
