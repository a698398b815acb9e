package org.xinfang.petition.supervision;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.supervision.InspectorScopes.Scope;

/** The orders and accountability records of the cases in the inspector's scope. */
@Service
@Transactional(readOnly = true)
public class SupervisionQueries {

    private final SupervisionOrderRepository orders;
    private final AccountabilityRecordRepository records;
    private final InspectorScopes scopes;

    SupervisionQueries(
            SupervisionOrderRepository orders, AccountabilityRecordRepository records, InspectorScopes scopes) {
        this.orders = orders;
        this.records = records;
        this.scopes = scopes;
    }

    /** Orders by status, by the administrative level or the unit that issued them, or of one case. */
    public Page<OrderView> orders(
            SupervisionOrderStatus status, AdminLevel level, String unit, String trackingNumber, Pageable page) {
        Scope scope = scopes.current();
        Specification<SupervisionOrder> spec =
                (root, query, cb) -> root.get("bureau").get("id").in(scope.unitIds());
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

    /** Accountability records by status, by the bureau they are against, or of one case. */
    public Page<AccountabilityView> accountability(
            AccountabilityStatus status, String unit, String trackingNumber, Pageable page) {
        Scope scope = scopes.current();
        Specification<AccountabilityRecord> spec =
                (root, query, cb) -> root.get("unit").get("id").in(scope.unitIds());
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (unit != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("unit").get("code"), unit));
        }
        return records.findAll(spec.and(ofCase(trackingNumber)), page).map(AccountabilityView::of);
    }

    /** One accountability record of the inspector's scope; 404 outside it. */
    public AccountabilityView accountabilityRecord(long id) {
        return AccountabilityView.of(records.inScope(id, scopes.current()));
    }

    private static <T> Specification<T> ofCase(String trackingNumber) {
        return trackingNumber == null
                ? Specification.unrestricted()
                : (root, query, cb) -> cb.equal(root.get("complaint").get("trackingNumber"), trackingNumber);
    }
}
