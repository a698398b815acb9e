package org.xinfang.petition.supervision;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;

/**
 * The levels of supervision along the organisation tree: a case is supervised by the inspectors of its bureau,
 * then of the units above it (county → city → province). A unit without inspectors is passed over, so that an
 * order never lands on a board nobody reads.
 */
@Component("supervisionLevels")
public class SupervisionLevels {

    private final Organisation organisation;

    SupervisionLevels(Organisation organisation) {
        this.organisation = organisation;
    }

    /** For the model's gateway: whether a missed order at this level can climb further. */
    public boolean hasHigher(String levelCode) {
        return above(unit(levelCode)).isPresent();
    }

    /** The first level of a case at this bureau: the bureau itself or the nearest unit above it with inspectors. */
    OrgUnit responsibleFor(OrgUnit bureau) {
        OrgUnit unit = bureau;
        while (!hasInspectors(unit) && unit.getParent() != null) {
            unit = unit.getParent();
        }
        return unit;
    }

    /** The next level up with inspectors; empty at the top of the tree. */
    Optional<OrgUnit> above(OrgUnit level) {
        for (OrgUnit unit = level.getParent(); unit != null; unit = unit.getParent()) {
            if (hasInspectors(unit)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    OrgUnit unit(String code) {
        return organisation.unit(code).orElseThrow(() -> new IllegalStateException("No unit " + code));
    }

    private boolean hasInspectors(OrgUnit unit) {
        return organisation.anyoneHolds(unit, Role.INSPECTOR);
    }
}
