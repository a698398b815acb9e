package org.xinfang.petition.supervision;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgTree;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * Who supervises what. Three kinds of staff issue supervision orders, each over its own scope:
 *
 * <ul>
 *   <li>inspectors (督察): the cases of their own unit and of every unit below it in the organisation tree (a county
 *       inspector their county bureau, a city inspector the city bureau and its counties, the province everything);
 *   <li>discipline inspectors (纪检监察): the same units, but only the cases about an officer's or a unit's conduct;
 *   <li>the petition office's leader (信访督办): every bureau's cases, never the office's own stages.
 * </ul>
 *
 * Accountability and inspection visits are the inspectors' and the discipline inspectors'; nobody else uses the
 * supervision API.
 */
@Component
class SupervisorScopes {

    /** The kinds of supervisor, by the role that makes one; someone with several roles is the first that applies. */
    enum Supervisor {
        INSPECTOR(Role.INSPECTOR),
        DISCIPLINE(Role.DISCIPLINE_INSPECTOR),
        OFFICE(Role.OFFICE_LEADER);

        final Role role;

        Supervisor(Role role) {
            this.role = role;
        }
    }

    /** Those who keep accountability records and record inspection visits. */
    static final Supervisor[] CONDUCT_WATCHERS = {Supervisor.INSPECTOR, Supervisor.DISCIPLINE};

    private final CurrentStaff currentStaff;
    private final Organisation organisation;
    private final OrgTree tree;

    SupervisorScopes(CurrentStaff currentStaff, Organisation organisation, OrgTree tree) {
        this.currentStaff = currentStaff;
        this.organisation = organisation;
        this.tree = tree;
    }

    boolean isSupervisor() {
        StaffPrincipal staff = currentStaff.get();
        return Arrays.stream(Supervisor.values()).anyMatch(kind -> staff.hasRole(kind.role));
    }

    /** The scope of the signed-in supervisor of any kind; 403 for everyone else. */
    Scope current() {
        return current(Supervisor.values());
    }

    /** The scope of the signed-in supervisor, who must be of one of these kinds (else 403). */
    Scope current(Supervisor... allowed) {
        StaffPrincipal staff = currentStaff.get();
        Supervisor kind = Arrays.stream(Supervisor.values())
                .filter(candidate -> staff.hasRole(candidate.role))
                .findFirst()
                .filter(Arrays.asList(allowed)::contains)
                .orElseThrow(() -> PetitionException.forbidden("access-denied"));
        OrgUnit own = organisation.unitById(staff.unitId()).orElseThrow();
        OrgUnit office = organisation.petitionOffice().orElse(null);
        Set<Long> units = kind == Supervisor.OFFICE
                ? organisation.units().stream().map(OrgUnit::getId).collect(Collectors.toUnmodifiableSet())
                : tree.unitAndBelow(own.getId());
        return new Scope(kind, own, units, office);
    }

    /**
     * The kind of supervisor, their own unit, the ids of the units whose cases they supervise, and the petition
     * office, which has a case until it is dispatched.
     */
    record Scope(Supervisor kind, OrgUnit unit, Set<Long> unitIds, OrgUnit office) {

        boolean covers(OrgUnit other) {
            return other != null && unitIds.contains(other.getId());
        }

        /** Whether only the cases about conduct are in the scope (a discipline inspector's). */
        boolean conductOnly() {
            return kind == Supervisor.DISCIPLINE;
        }

        /**
         * Whether the unit that has the case now (its bureau, or the office before dispatch) is in the scope, and the
         * case of the kind the supervisor watches.
         */
        boolean covers(Complaint complaint) {
            return covers(complaint.getCurrentBureau() != null ? complaint.getCurrentBureau() : office)
                    && (!conductOnly() || complaint.concernsConduct());
        }

        /** A case outside the scope answers like an unknown one, so that its existence does not leak. */
        Complaint visible(Complaint complaint) {
            if (!covers(complaint)) {
                throw PetitionException.notFound("case.not-found", complaint.getTrackingNumber());
            }
            return complaint;
        }
    }
}
