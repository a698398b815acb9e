package org.xinfang.petition.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.XINGQING;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.retention.PersonalDataRetention;
import org.xinfang.petition.support.ApiTest;

/**
 * An imported service user past the period (the survey's tests that pin the clock years back leave some too, so
 * the run's count is at least this one) loses name and phone, and the calls no longer know them by their phone;
 * bureau, service, day and the call itself stay for the month's tallies. The import is made old by moving its date
 * back, so that no other test's service user is ever past the period.
 */
class ServiceUserRetentionTest extends ApiTest {

    static final Timestamp TWO_YEARS_AGO = Timestamp.valueOf("2024-11-20 10:00:00");

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    ServiceUserRepository serviceUsers;

    @Autowired
    JdbcTemplate jdbc;

    private SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(api, jdbc);
    }

    @Test
    void aServiceUserImportedLongerAgoThanThePeriodLosesNameAndPhoneAndKeepsTheCall() {
        YearMonth month = fixtures.freshMonths(0);
        String day = month.atDay(6).toString();
        String oldPhone = SurveyFixtures.phone();
        fixtures.importList(
                        month,
                        "list.csv",
                        SurveyFixtures.csv(
                                UTF_8,
                                SurveyFixtures.row("欧阳娜娜", oldPhone, XINGQING, "110", day),
                                SurveyFixtures.row("司马光", SurveyFixtures.phone(), XINGQING, "119", day)))
                .statusCode(201);
        fixtures.draw(month, 5L);
        List<ServiceUser> imported = serviceUsers.findByMonthOrderByIdAsc(month.toString());
        ServiceUser old = imported.get(0);
        ServiceUser recent = imported.get(1);
        assertThat(jdbc.update(
                        "update survey_service_user set imported_at = ? where id = ?", TWO_YEARS_AGO, old.getId()))
                .isOne();
        List<Map<String, Object>> callsBefore = calls(month);

        assertThat(retention.eraseExpired().serviceUsers()).isPositive();

        ServiceUser erased = serviceUsers.findById(old.getId()).orElseThrow();
        assertThat(erased.getRealName()).isEqualTo(ServiceUser.ERASED_NAME);
        assertThat(erased.getPhone()).isEmpty();
        assertThat(erased.getPhoneIndex()).isEqualTo("erased:" + old.getId()).isNotEqualTo(old.getPhoneIndex());
        assertThat(List.of(erased.getUnitCode(), erased.getService()))
                .isEqualTo(List.of(old.getUnitCode(), old.getService()));
        assertThat(jdbc.queryForList(
                        "select person_key from survey_call where service_user_id = ?", String.class, old.getId()))
                .allMatch(key -> key.startsWith("erased:"));
        assertThat(jdbc.queryForList("select person_key from survey_call", String.class))
                .noneMatch(key -> key.contains(old.getPhoneIndex()));
        assertThat(calls(month)).as("the calls, kept for the tallies").hasSameSizeAs(callsBefore);

        ServiceUser untouched = serviceUsers.findById(recent.getId()).orElseThrow();
        assertThat(untouched.getRealName()).isEqualTo("司马光");
        assertThat(untouched.getPhoneIndex()).isEqualTo(recent.getPhoneIndex());

        assertThat(retention.eraseExpired().serviceUsers()).as("once").isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'survey.service-users-erased'", Integer.class))
                .isPositive();
    }

    private List<Map<String, Object>> calls(YearMonth month) {
        return jdbc.queryForList(
                "select id, status, unit_code, source from survey_call where survey_month = ? order by id",
                month.toString());
    }
}
