package org.xinfang.petition.security;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ConductCases;
import org.xinfang.petition.organization.OrgTree;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.shared.PetitionException;

/**
 * The one rule of which cases a staff member may see, used by every query and every case endpoint (deny by
 * default). The petition office and administrators see every case; a bureau's handlers and leaders the cases
 * dispatched to their bureau, and those their bureau reviews (复查 / 复核); an inspector the cases of their unit and every unit below it, and the cases not yet
 * dispatched that arose in their region; a discipline inspector (纪检监察) the same, but only the cases about an
 * officer's or a unit's conduct; operators enter cases but see none. Nobody sees a complaint about
 * themselves. A case outside someone's scope answers exactly like an unknown one, so its existence does not leak.
 */
@Component
public class CaseScopes {

    private final CurrentStaff currentStaff;
    private final OrgTree tree;

    CaseScopes(CurrentStaff currentStaff, OrgTree tree) {
        this.currentStaff = currentStaff;
        this.tree = tree;
    }

    /** The units whose cases a staff member sees; {@link Scope#everything()} for the office and administrators. */
    public Scope of(StaffPrincipal staff) {
        if (staff.hasAnyRole(Role.CLERK, Role.OFFICE_LEADER, Role.ADMIN)) {
            return new Scope(true, Set.of(), Set.of(), false);
        }
        Set<Long> bureaus = new HashSet<>();
        Set<String> regions = new HashSet<>();
        if (staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER)) {
            bureaus.add(staff.unitId());
        }
        if (staff.hasAnyRole(Role.INSPECTOR, Role.DISCIPLINE_INSPECTOR)) {
            bureaus.addAll(tree.unitAndBelow(staff.unitId()));
            regions.add(staff.unitRegionPrefix());
        }
        // a discipline inspector's scope stays their own even beside another role, unless that role sees more of it
        boolean conductOnly = staff.hasRole(Role.DISCIPLINE_INSPECTOR) && !staff.hasRole(Role.INSPECTOR);
        return new Scope(false, Set.copyOf(bureaus), Set.copyOf(regions), conductOnly);
    }

    /** The cases a staff member may list; 403 for a role that browses no cases (operators). */
    public Specification<Complaint> visibleTo(StaffPrincipal staff) {
        Scope scope = of(staff);
        if (scope.isEmpty()) {
            throw PetitionException.forbidden("access-denied");
        }
        Specification<Complaint> notAccused = (root, query, cb) ->
                cb.or(cb.isNull(root.get("accusedOfficer")), cb.notEqual(root.get("accusedOfficer"), staff.username()));
        Specification<Complaint> ofTheKind =
                scope.conductOnly() ? (root, query, cb) -> ConductCases.of(cb, root) : Specification.unrestricted();
        return notAccused.and(ofTheKind).and((root, query, cb) -> {
            Predicate atTheBureau = scope.matches(
                    cb, root.get("currentBureau"), root.get("region").get("code"));
            return scope.everything() || scope.bureaus().isEmpty()
                    ? atTheBureau
                    : cb.or(atTheBureau, root.get("reviewBody").get("id").in(scope.bureaus()));
        });
    }

    public boolean canSee(StaffPrincipal staff, Complaint complaint) {
        return canSee(staff, of(staff), complaint);
    }

    /** The same with the scope worked out already, for checking many cases of one staff member. */
    public static boolean canSee(StaffPrincipal staff, Scope scope, Complaint complaint) {
        return !complaint.accuses(staff.username())
                && (!scope.conductOnly() || complaint.concernsConduct())
                && (scope.covers(complaint.getCurrentBureau(), complaint.getRegion()) || reviews(scope, complaint));
    }

    /** Whether the unit reviewing the case (复查 / 复核) is one of the scope's bureaus. */
    private static boolean reviews(Scope scope, Complaint complaint) {
        return complaint.getReviewBody() != null
                && scope.bureaus().contains(complaint.getReviewBody().getId());
    }

    /** The case, if the current staff member may see it; else 404 as for an unknown tracking number. */
    public Complaint visible(Complaint complaint) {
        checkCanView(currentStaff.get(), complaint);
        return complaint;
    }

    public void checkCanView(StaffPrincipal staff, Complaint complaint) {
        if (!canSee(staff, complaint)) {
            throw PetitionException.notFound("case.not-found", complaint.getTrackingNumber());
        }
    }

    /**
     * What one staff member sees: everything, or the cases at these bureaus and the undispatched cases whose region
     * code starts with one of these prefixes; {@code conductOnly} of those, only the cases about conduct (a discipline
     * inspector's).
     */
    public record Scope(boolean everything, Set<Long> bureaus, Set<String> regionPrefixes, boolean conductOnly) {

        public boolean isEmpty() {
            return !everything && bureaus.isEmpty() && regionPrefixes.isEmpty();
        }

        /**
         * Whether a record at this unit (null: not yet placed with one) arising in this region is in the scope; a case
         * at a bureau by its bureau alone.
         */
        public boolean covers(OrgUnit unit, Region region) {
            if (everything) {
                return true;
            }
            return unit != null
                    ? bureaus.contains(unit.getId())
                    : region != null && regionPrefixes.stream().anyMatch(region.getCode()::startsWith);
        }

        /** {@link #covers(OrgUnit, Region)} as a query criterion on a record's unit and region code. */
        public Predicate matches(CriteriaBuilder cb, Path<?> unit, Path<String> regionCode) {
            if (everything) {
                return cb.conjunction();
            }
            Predicate inScope = cb.disjunction();
            if (!bureaus.isEmpty()) {
                inScope = cb.or(inScope, unit.get("id").in(bureaus));
            }
            for (String prefix : regionPrefixes) {
                inScope = cb.or(inScope, cb.and(cb.isNull(unit), cb.like(regionCode, prefix + "%")));
            }
            return inScope;
        }
    }
}
