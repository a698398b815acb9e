package org.xinfang.petition.supervision;

import org.xinfang.petition.organization.OrgUnit;

/** A unit as the supervision API shows it: code, names and level (PROVINCE, CITY, COUNTY). */
public record UnitRef(String code, String nameZh, String nameEn, String level) {

    static UnitRef of(OrgUnit unit) {
        return new UnitRef(
                unit.getCode(),
                unit.getNameZh(),
                unit.getNameEn(),
                unit.getLevel().name());
    }
}
