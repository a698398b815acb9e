package org.xinfang.petition.administration;

import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.UnitKind;

/** A unit as the admin API shows it. */
record UnitView(String code, String nameZh, String nameEn, UnitKind kind, String region, String parent) {

    static UnitView of(OrgUnit unit) {
        return new UnitView(
                unit.getCode(),
                unit.getNameZh(),
                unit.getNameEn(),
                unit.getKind(),
                unit.getRegion().getCode(),
                unit.getParent() == null ? null : unit.getParent().getCode());
    }
}
