package org.xinfang.petition.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;
import org.xinfang.petition.support.PinnedClock;

class SurveyApiTest extends ApiTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void drawingAgainWithTheSameSeedGivesTheSameSample() {
        String number = complaints.signedFor();
        YearMonth month = monthItRunsOut(number);
        PinnedClock.pinAt(month.plusMonths(1).atDay(2).atStartOfDay(BEIJING).toInstant());
        forgetDraw(month);

        JsonPath first = draw(month, 42L);
        List<String> sample = sampleOf(month);
        assertThat(first.getLong("seed")).isEqualTo(42L);
        // The case is in the population; whether it is drawn depends on how many others ran out that month.
        assertThat(sample).isNotEmpty();
        forgetDraw(month);

        JsonPath again = draw(month, 42L);

        assertThat(sampleOf(month)).isEqualTo(sample);
        assertThat(again.getInt("population")).isEqualTo(first.getInt("population"));
    }

    @Test
    void aReachedCallNeedsEveryAnswerAndIsThenClosedAndTallied() {
        String number = complaints.signedFor();
        YearMonth month = monthItRunsOut(number);
        PinnedClock.pinAt(month.plusMonths(2).atDay(2).atStartOfDay(BEIJING).toInstant());
        YearMonth later = month.plusMonths(1);
        jdbc.update(
                "update case_deadline set due_at = ? where complaint_id = (select id from complaint where"
                        + " tracking_number = ?) and stage = 'HANDLING'",
                java.sql.Timestamp.from(later.atDay(10).atStartOfDay(BEIJING).toInstant()),
                number);
        forgetDraw(later);
        draw(later, 7L);
        long call = callOf(later, number);

        api.as(CLERK)
                .body(Map.of(
                        "outcome",
                        "REACHED",
                        "answers",
                        Map.of("speed", "SATISFIED", "result", "SATISFIED", "overall", "90")))
                .post("/surveys/calls/{id}", call)
                .then()
                .spec(invalidField("answers.attitude", "survey.answer-missing"));
        api.as(CLERK)
                .body(Map.of(
                        "outcome",
                        "REACHED",
                        "answers",
                        Map.of(
                                "speed",
                                "SATISFIED",
                                "attitude",
                                "BASICALLY_SATISFIED",
                                "result",
                                "UNSATISFIED",
                                "overall",
                                "80")))
                .post("/surveys/calls/{id}", call)
                .then()
                .statusCode(204);
        api.as(CLERK)
                .body(Map.of("outcome", "REFUSED"))
                .post("/surveys/calls/{id}", call)
                .then()
                .spec(problem(409, "survey.call-closed"));

        JsonPath results = api.as(CLERK)
                .get("/surveys/{month}/results", later.toString())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(results.getInt("find { it.source == 'COMPLAINANTS' && it.unitCode == '" + unitOf(later, number)
                        + "' }.satisfied"))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'SURVEY_CALL_RECORDED'", Integer.class))
                .isPositive();
    }

    @Test
    void unansweredCallsMakeThePersonUnreachableAfterTheConfiguredTries() {
        String number = complaints.signedFor();
        YearMonth month = monthItRunsOut(number).plusMonths(3);
        PinnedClock.pinAt(month.plusMonths(1).atDay(2).atStartOfDay(BEIJING).toInstant());
        jdbc.update(
                "update case_deadline set due_at = ? where complaint_id = (select id from complaint where"
                        + " tracking_number = ?) and stage = 'HANDLING'",
                java.sql.Timestamp.from(month.atDay(10).atStartOfDay(BEIJING).toInstant()),
                number);
        forgetDraw(month);
        draw(month, 3L);
        long call = callOf(month, number);
        for (int i = 0; i < 3; i++) {
            api.as(CLERK)
                    .body(Map.of("outcome", "NO_ANSWER"))
                    .post("/surveys/calls/{id}", call)
                    .then()
                    .statusCode(204);
        }
        assertThat(jdbc.queryForObject("select status from survey_call where id = ?", String.class, call))
                .isEqualTo("UNREACHABLE");
    }

    @Test
    void onlyTheClerkDraws() {
        api.as(INSPECTOR)
                .body(Map.of())
                .post("/surveys/{month}/draw", "1980-01")
                .then()
                .spec(problem(403, "access-denied"));
    }

    @RepeatedTest(3)
    void ofTwoDrawsOfAMonthAtOnceOneWinsAndTheOther409() throws Exception {
        YearMonth month = YearMonth.of(1970, 1);
        while (drawnAlready(month)) {
            month = month.plusMonths(1);
        }
        String target = month.toString();
        List<Integer> answers = AtOnce.fire(
                4,
                () -> api.as(CLERK)
                        .body(Map.of())
                        .post("/surveys/{month}/draw", target)
                        .then()
                        .extract()
                        .statusCode());

        assertThat(answers)
                .containsOnly(201, 409)
                .filteredOn(code -> code == 201)
                .hasSize(1);
    }

    private JsonPath draw(YearMonth month, Long seed) {
        return new SurveyFixtures(api, jdbc).draw(month, seed);
    }

    private List<String> sampleOf(YearMonth month) {
        return api.as(CLERK)
                .get("/surveys/{month}/calls", month.toString())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("calls.trackingNumber", String.class);
    }

    private long callOf(YearMonth month, String number) {
        return jdbc.queryForObject(
                "select c.id from survey_call c join complaint k on k.id = c.complaint_id"
                        + " where c.survey_month = ? and k.tracking_number = ?",
                Long.class,
                month.toString(),
                number);
    }

    private String unitOf(YearMonth month, String number) {
        return jdbc.queryForObject(
                "select c.unit_code from survey_call c join complaint k on k.id = c.complaint_id"
                        + " where c.survey_month = ? and k.tracking_number = ?",
                String.class,
                month.toString(),
                number);
    }

    /** The database outlives a run: a month drawn by an earlier run is drawn afresh. */
    private void forgetDraw(YearMonth month) {
        String drawn = "(select id from survey_call where survey_month = ?)";
        jdbc.update("delete from survey_answer where call_id in " + drawn, month.toString());
        jdbc.update("delete from survey_call where survey_month = ?", month.toString());
        jdbc.update(
                "delete from survey_stratum where draw_id in (select id from survey_draw where survey_month = ?)",
                month.toString());
        jdbc.update("delete from survey_draw where survey_month = ?", month.toString());
    }

    private boolean drawnAlready(YearMonth month) {
        return jdbc.queryForObject(
                        "select count(*) from survey_draw where survey_month = ?", Integer.class, month.toString())
                > 0;
    }

    private YearMonth monthItRunsOut(String number) {
        Instant due = jdbc.queryForObject(
                        "select max(d.due_at) from case_deadline d join complaint k on k.id = d.complaint_id"
                                + " where k.tracking_number = ? and d.stage = 'HANDLING'",
                        java.sql.Timestamp.class,
                        number)
                .toInstant();
        return YearMonth.from(due.atZone(BEIJING));
    }
}
