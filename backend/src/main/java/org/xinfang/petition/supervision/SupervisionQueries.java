package org.xinfang.petition.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.ConductCases;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.supervision.SupervisorScopes.Scope;

/** The orders and accountability records of the cases in the supervisor's scope. */
@Service
@Transactional(readOnly = true)
public class SupervisionQueries {

    private final SupervisionOrderRepository orders;
    private final AccountabilityRecordRepository records;
    private final SupervisorScopes scopes;
    private final Clock clock;

    SupervisionQueries(
            SupervisionOrderRepository orders,
            AccountabilityRecordRepository records,
            SupervisorScopes scopes,
            Clock clock) {
        this.orders = orders;
        this.records = records;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Orders by status, by the administrative level or the unit that issued them, or of one case. */
    public Page<OrderView> orders(
            SupervisionOrderStatus status, AdminLevel level, String unit, String trackingNumber, Pageable page) {
        Scope scope = scopes.current();
        Specification<SupervisionOrder> spec =
                (root, query, cb) -> root.get("bureau").get("id").in(scope.unitIds());
        if (scope.conductOnly()) {
            spec = spec.and((root, query, cb) -> ConductCases.of(cb, root.get("complaint")));
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (level != null) {
            spec = spec.and((root, query, cb) ->
                    cb.equal(root.get("level").get("region").get("level"), level));
        }
        if (unit != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("level").get("code"), unit));
        }
        return orders.findAll(spec.and(ofCase(trackingNumber)), page).map(OrderView::of);
    }

    /** Accountability records by status, by behaviour, by the unit they are against, or of one case. */
    public Page<AccountabilityView> accountability(
            AccountabilityStatus status,
            AccountabilityBehaviour behaviour,
            String unit,
            String trackingNumber,
            Pageable page) {
        Scope scope = scopes.current(SupervisorScopes.CONDUCT_WATCHERS);
        Specification<AccountabilityRecord> spec =
                (root, query, cb) -> root.get("unit").get("id").in(scope.unitIds());
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (behaviour != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("behaviour"), behaviour));
        }
        if (unit != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("unit").get("code"), unit));
        }
        return records.findAll(spec.and(ofCase(trackingNumber)), page).map(AccountabilityView::of);
    }

    /**
     * 问责统计: how many accountability records were written from the start of {@code from} to the start of {@code
     * to} (the calendar's days; the current month when left out) against each unit of the inspector's scope, per
     * behaviour, the units by code.
     */
    public List<BehaviourCount> accountabilityByBehaviour(LocalDate from, LocalDate to) {
        // the current month by default
        LocalDate first = from != null ? from : LocalDate.now(clock).withDayOfMonth(1);
        LocalDate last = to != null ? to : first.plusMonths(1);
        if (!last.isAfter(first)) {
            throw PetitionException.invalid("to", "constraint.period");
        }
        Scope scope = scopes.current(SupervisorScopes.CONDUCT_WATCHERS);
        return records.countByUnitAndBehaviour(
                scope.unitIds(),
                first.atStartOfDay(clock.getZone()).toInstant(),
                last.atStartOfDay(clock.getZone()).toInstant());
    }

    /** One unit's accountability records of one behaviour. */
    public record BehaviourCount(
            String unit, String unitZh, String unitEn, AccountabilityBehaviour behaviour, long records) {}

    /** One accountability record of the inspector's scope; 404 outside it. */
    public AccountabilityView accountabilityRecord(long id) {
        return AccountabilityView.of(records.inScope(id, scopes.current(SupervisorScopes.CONDUCT_WATCHERS)));
    }

    private static <T> Specification<T> ofCase(String trackingNumber) {
        return trackingNumber == null
                ? Specification.unrestricted()
                : (root, query, cb) -> cb.equal(root.get("complaint").get("trackingNumber"), trackingNumber);
    }
}
