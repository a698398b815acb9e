package org.xinfang.petition.organization;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one way to create the organisation from outside this module (the demo data, a test's extra staff): regions,
 * units and staff members, each saved as it is created.
 */
@Component
public class OrganisationSetup {

    private final RegionRepository regions;
    private final OrgUnitRepository units;
    private final StaffUserRepository staff;

    OrganisationSetup(RegionRepository regions, OrgUnitRepository units, StaffUserRepository staff) {
        this.regions = regions;
        this.units = units;
        this.staff = staff;
    }

    /** Whether no region exists yet: an organisation is seeded into an empty database only. */
    public boolean isEmpty() {
        return regions.count() == 0;
    }

    public Region addRegion(String code, String nameZh, String nameEn, AdminLevel level, String parentCode) {
        return regions.save(new Region(code, nameZh, nameEn, level, parentCode));
    }

    public OrgUnit addUnit(String code, String nameZh, String nameEn, UnitKind kind, Region region, OrgUnit parent) {
        return units.save(new OrgUnit(code, nameZh, nameEn, kind, region, parent));
    }

    /** A staff member of the unit, enabled, with the given password hash (never a password). */
    public StaffUser addStaff(String username, String displayName, String passwordHash, OrgUnit unit, Set<Role> roles) {
        return staff.save(new StaffUser(username, displayName, passwordHash, unit, roles));
    }
}
