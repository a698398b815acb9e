package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.OrgUnitRepository;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.organization.StaffUserRepository;
import org.xinfang.petition.organization.UnitKind;

/**
 * The levels of supervision in a tree where not every unit has inspectors: a province with inspectors, a city
 * without, a county without and a county with its own.
 */
class SupervisionLevelsTest {

  final OrgUnitRepository units = mock(OrgUnitRepository.class);
  final StaffUserRepository staff = mock(StaffUserRepository.class);
  final SupervisionLevels levels = new SupervisionLevels(units, staff);

  final OrgUnit province = unit(1L, "psb-650000", AdminLevel.PROVINCE, null, true);
  final OrgUnit city = unit(2L, "psb-650100", AdminLevel.CITY, province, false);
  final OrgUnit countyWithout = unit(3L, "psb-650102", AdminLevel.COUNTY, city, false);
  final OrgUnit countyWith = unit(4L, "psb-650103", AdminLevel.COUNTY, city, true);

  @Test
  void aCaseStartsAtItsBureauOrTheNearestUnitAboveItWithInspectors() {
    assertThat(levels.responsibleFor(countyWith)).isSameAs(countyWith);
    assertThat(levels.responsibleFor(countyWithout)).isSameAs(province);
    assertThat(levels.responsibleFor(city)).isSameAs(province);
  }

  @Test
  void escalationPassesOverUnitsWithoutInspectorsAndStopsAtTheTop() {
    assertThat(levels.above(countyWith)).contains(province);
    assertThat(levels.above(province)).isEmpty();
    assertThat(levels.hasHigher("psb-650103")).isTrue();
    assertThat(levels.hasHigher("psb-650000")).isFalse();
  }

  OrgUnit unit(long id, String code, AdminLevel level, OrgUnit parent, boolean withInspector) {
    Region region = new Region(code.substring(4), code, code, level, null);
    OrgUnit unit = new OrgUnit(code, code, code, UnitKind.PUBLIC_SECURITY_BUREAU, region, parent);
    ReflectionTestUtils.setField(unit, "id", id);
    when(units.findByCode(code)).thenReturn(Optional.of(unit));
    StaffUser handler = new StaffUser("handler." + id, "承办人", "-", unit, EnumSet.of(Role.HANDLER));
    StaffUser inspector = new StaffUser("inspector." + id, "督察", "-", unit, EnumSet.of(Role.INSPECTOR));
    when(staff.findByUnitIdAndEnabledTrue(id))
        .thenReturn(withInspector ? List.of(handler, inspector) : List.of(handler));
    return unit;
  }
}
