package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.OrganisationFixture;
import org.xinfang.petition.organization.Role;

/**
 * The levels of supervision in a tree where not every unit has inspectors: a province with inspectors, a city
 * without, a county without and a county with its own.
 */
class SupervisionLevelsTest {

    final OrganisationFixture organisation = new OrganisationFixture();
    final SupervisionLevels levels = new SupervisionLevels(organisation.organisation());

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
        return organisation.bureau(
                id,
                code,
                level,
                parent,
                withInspector ? EnumSet.of(Role.HANDLER, Role.INSPECTOR) : EnumSet.of(Role.HANDLER));
    }
}
