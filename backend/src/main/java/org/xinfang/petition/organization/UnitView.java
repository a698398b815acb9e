package org.xinfang.petition.organization;

/** A unit as the API shows it, to the public (reference data) and to administrators alike. */
public record UnitView(String code, String nameZh, String nameEn, UnitKind kind, String region, String parent) {

    public static UnitView of(OrgUnit unit) {
        return new UnitView(
                unit.getCode(),
                unit.getNameZh(),
                unit.getNameEn(),
                unit.getKind(),
                unit.getRegion().getCode(),
                unit.getParent() == null ? null : unit.getParent().getCode());
    }
}
