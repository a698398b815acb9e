package org.xinfang.petition.consultation;

import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.OrgUnitRepository;
import org.xinfang.petition.shared.PetitionException;

/** The departments a consultation may be routed to: the public-security bureaus of the organisation. */
@Component
class Departments {

  private final OrgUnitRepository units;

  Departments(OrgUnitRepository units) {
    this.units = units;
  }

  /** The department {@code code} names; {@code field} is named when it names none. */
  OrgUnit require(Object code, String field) {
    if (code == null || code.toString().isBlank()) {
      throw PetitionException.invalid(field, "constraint.NotNull");
    }
    OrgUnit unit = units.findByCode(code.toString().strip())
        .orElseThrow(() -> PetitionException.invalid(field, "constraint.unknown-unit"));
    if (!unit.isBureau()) {
      throw PetitionException.invalid(field, "constraint.not-a-bureau", unit.getCode());
    }
    return unit;
  }

  OrgUnit byCode(String code) {
    return units.findByCode(code).orElseThrow(() -> new IllegalStateException("No unit " + code));
  }
}
