package org.xinfang.petition.organization;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An organisation in memory for unit tests of other modules: bureaus and their staff, read through the real
 * {@link Organisation} as those modules read them, without a database.
 */
public class OrganisationFixture {

    private final OrgUnitRepository units = mock(OrgUnitRepository.class);
    private final StaffUserRepository staff = mock(StaffUserRepository.class);
    private final Organisation organisation =
            new Organisation(mock(RegionRepository.class), units, staff, mock(JdbcTemplate.class));

    public Organisation organisation() {
        return organisation;
    }

    /** A bureau {@code psb-<region>} in a region of the level, with one enabled member for each of the roles. */
    public OrgUnit bureau(long id, String code, AdminLevel level, OrgUnit parent, Set<Role> roles) {
        Region region = new Region(code.substring(4), code, code, level, null);
        OrgUnit unit = new OrgUnit(code, code, code, UnitKind.PUBLIC_SECURITY_BUREAU, region, parent);
        ReflectionTestUtils.setField(unit, "id", id);
        when(units.findByCode(code)).thenReturn(Optional.of(unit));
        List<StaffUser> members = roles.stream()
                .map(role -> new StaffUser(role.groupId() + "." + id, role.name(), "-", unit, EnumSet.of(role)))
                .toList();
        when(staff.findByUnitIdAndEnabledTrue(id)).thenReturn(members);
        return unit;
    }
}
