package org.xinfang.petition.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;

import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;

/**
 * Whom a month's draw takes: each stratum (a bureau and a source) its configured size or all it has; a case whose
 * limit ran out in the month and no other; nobody drawn in the twelve months before. And a call recorded by two
 * clerks at once: one wins, the other is told 409.
 */
class SurveySamplingApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(api, jdbc);
    }

    @Test
    void eachBureauAndSourceGivesTheConfiguredTenOrAllItHas() {
        YearMonth month = fixtures.freshMonths(0);
        String day = month.atDay(4).toString();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(SurveyFixtures.row("兴庆" + i, SurveyFixtures.phone(), XINGQING, "110", day));
        }
        for (int i = 0; i < 3; i++) {
            rows.add(SurveyFixtures.row("金凤" + i, SurveyFixtures.phone(), JINFENG, "122", day));
        }
        fixtures.importList(month, "list.csv", SurveyFixtures.csv(UTF_8, rows.toArray(String[]::new)))
                .statusCode(201);
        String number = complaints.signedFor();
        fixtures.limitRunsOutIn(number, month);

        JsonPath draw = fixtures.draw(month, 11L);

        assertThat(draw.getInt("population")).isEqualTo(16);
        assertThat(draw.getInt("drawn")).isEqualTo(14);
        assertThat(stratum(draw, XINGQING, "SERVICE_USERS"))
                .containsEntry("population", 12)
                .containsEntry("drawn", 10);
        assertThat(stratum(draw, JINFENG, "SERVICE_USERS"))
                .containsEntry("population", 3)
                .containsEntry("drawn", 3);
        assertThat(draw.getList("strata.findAll { it.source == 'COMPLAINANTS' }.drawn"))
                .containsExactly(1);
        List<Map<String, Object>> calls = fixtures.callList(month).getList("calls");
        assertThat(calls).hasSize(14);
        assertThat(calls.stream()
                        .filter(call ->
                                XINGQING.equals(call.get("unitCode")) && "SERVICE_USERS".equals(call.get("source"))))
                .hasSize(10);
    }

    @Test
    void aCaseIsDrawnInTheMonthItsLimitRanOutAndNotAgainWithinTwelveMonths() {
        YearMonth month = fixtures.freshMonths(14);
        String number = complaints.signedFor();
        fixtures.limitRunsOutIn(number, month.plusMonths(1));

        assertThat(fixtures.draw(month, 1L).getInt("population"))
                .as("a case whose limit ran out in the next month")
                .isZero();
        assertThat(fixtures.draw(month.plusMonths(1), 1L).getList("strata.drawn"))
                .containsExactly(1);
        assertThat(fixtures.callList(month.plusMonths(1)).getList("calls.trackingNumber"))
                .containsExactly(number);

        // Its limit moved to the twelfth month after: still within the year, not drawn again; a month later it is.
        fixtures.limitRunsOutIn(number, month.plusMonths(13));
        assertThat(fixtures.draw(month.plusMonths(13), 1L).getInt("population")).isZero();
        fixtures.limitRunsOutIn(number, month.plusMonths(14));
        assertThat(fixtures.draw(month.plusMonths(14), 1L).getInt("population")).isEqualTo(1);
    }

    @RepeatedTest(3)
    void ofTwoRecordingsOfACallAtOnceOneWinsAndTheOthersAre409() throws Exception {
        YearMonth month = fixtures.freshMonths(0);
        fixtures.importList(
                        month,
                        "one.csv",
                        SurveyFixtures.csv(
                                UTF_8,
                                SurveyFixtures.row(
                                        "吴敏",
                                        SurveyFixtures.phone(),
                                        XINGQING,
                                        "119",
                                        month.atDay(8).toString())))
                .statusCode(201);
        fixtures.draw(month, 2L);
        long call = fixtures.callList(month).getLong("calls[0].id");
        Map<String, Object> reached = Map.of(
                "outcome",
                "REACHED",
                "answers",
                Map.of(
                        "speed",
                        "SATISFIED",
                        "attitude",
                        "SATISFIED",
                        "result",
                        "BASICALLY_SATISFIED",
                        "overall",
                        "88"));
        List<Integer> answers = AtOnce.fire(
                4,
                () -> api.as(CLERK)
                        .body(reached)
                        .post("/surveys/calls/{id}", call)
                        .then()
                        .extract()
                        .statusCode());

        assertThat(answers)
                .containsOnly(204, 409)
                .filteredOn(code -> code == 204)
                .hasSize(1);
        assertThat(jdbc.queryForObject("select tries from survey_call where id = ?", Integer.class, call))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from survey_answer where call_id = ?", Integer.class, call))
                .isEqualTo(4);
    }

    private static Map<String, Object> stratum(JsonPath draw, String unit, String source) {
        return draw.getMap("strata.find { it.unitCode == '" + unit + "' && it.source == '" + source + "' }");
    }
}
