package org.xinfang.petition.supervision;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.OrgUnitRepository;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * What an inspector supervises: the cases of their own unit and of every unit below it in the organisation tree
 * (a county inspector their county bureau, a city inspector the city bureau and its counties, the province
 * everything). Only inspectors use the supervision API.
 */
@Component
class InspectorScopes {

  private final CurrentStaff currentStaff;
  private final OrgUnitRepository units;

  InspectorScopes(CurrentStaff currentStaff, OrgUnitRepository units) {
    this.currentStaff = currentStaff;
    this.units = units;
  }

  Scope current() {
    StaffPrincipal staff = currentStaff.get();
    if (!staff.hasRole(Role.INSPECTOR)) {
      throw PetitionException.forbidden("access-denied");
    }
    List<OrgUnit> all = units.findAll();
    Map<Long, List<OrgUnit>> children = all.stream().filter(unit -> unit.getParent() != null)
        .collect(Collectors.groupingBy(unit -> unit.getParent().getId()));
    OrgUnit own = all.stream().filter(unit -> unit.getId().equals(staff.unitId())).findFirst().orElseThrow();
    Set<Long> below = new HashSet<>();
    Deque<OrgUnit> open = new ArrayDeque<>(List.of(own));
    while (!open.isEmpty()) {
      OrgUnit unit = open.pop();
      below.add(unit.getId());
      open.addAll(children.getOrDefault(unit.getId(), List.of()));
    }
    return new Scope(own, below);
  }

  /** The unit an inspector belongs to and the ids of that unit and all units below it. */
  record Scope(OrgUnit unit, Set<Long> unitIds) {

    boolean covers(OrgUnit other) {
      return other != null && unitIds.contains(other.getId());
    }

    /** A case outside the scope answers like an unknown one, so that its existence does not leak. */
    Complaint visible(Complaint complaint) {
      if (!covers(complaint.getCurrentBureau())) {
        throw PetitionException.notFound("case.not-found", complaint.getTrackingNumber());
      }
      return complaint;
    }
  }
}
