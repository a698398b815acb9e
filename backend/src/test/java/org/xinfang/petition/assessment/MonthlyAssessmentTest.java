package org.xinfang.petition.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XIXIA;
import static org.xinfang.petition.support.Logins.YINCHUAN;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;

/**
 * The known-answer month of {@code docs/indicators.md}: March 2025 (no holiday in it) written by hand into the case
 * tables for three county bureaus of Yinchuan and the city's own bureau, then counted, scored, graded, ranked and
 * closed through the API, each figure as worked out by hand.
 */
class MonthlyAssessmentTest extends ApiTest {

    private static final String MONTH = HandBuiltMonth.DOCS_MONTH;

    @Autowired
    JdbcTemplate jdbc;

    /** The case of Xingqing's that is left out once the month is closed. */
    private String xingqingExcluded;

    @Test
    void theHandBuiltMonthGivesTheIndicatorsScoresGradesAndRankingWorkedOutByHand() {
        build();

        JsonPath month = monthAsClerk();
        assertThat(month.getBoolean("closed")).isFalse();
        assertThat(month.getInt("weights.publicEvaluation")).isEqualTo(50);

        Map<String, Object> x = bureau(month, XINGQING);
        assertThat(figures(x))
                .containsEntry("received", 10)
                .containsEntry("accepted", 9)
                .containsEntry("returned", 1)
                .containsEntry("signForsDue", 10)
                .containsEntry("signedOnTime", 9)
                .containsEntry("handlingsDue", 8)
                .containsEntry("handledOnTime", 6)
                .containsEntry("overdue", 3)
                .containsEntry("overdueWorkingDays", 7)
                .containsEntry("extensions", 1)
                .containsEntry("replied", 8)
                .containsEntry("reopened", 1)
                .containsEntry("repeats", 1)
                .containsEntry("concluded", 6)
                .containsEntry("resolved", 5)
                .containsEntry("calledBack", 6)
                .containsEntry("callbackSatisfied", 4)
                .containsEntry("ratings", 4)
                .containsEntry("ratingsSatisfied", 3)
                .containsEntry("windowRatings", 0)
                .containsEntry("supervisionOrders", 1)
                .containsEntry("accountability", 0);
        assertThat(rate(x, "onTimeSignFor")).isEqualTo(0.9f);
        assertThat(rate(x, "onTimeCompletion")).isEqualTo(0.75f);
        assertThat(rate(x, "returns")).isEqualTo(0.1f);
        assertThat(rate(x, "reopenings")).isEqualTo(0.125f);
        assertThat(rate(x, "repeatPetitions")).isEqualTo(0.1f);
        assertThat(rate(x, "resolution")).isEqualTo(0.8333f);
        assertThat(rate(x, "callbackContact")).isEqualTo(0.75f);
        assertThat(rate(x, "callbackSatisfaction")).isEqualTo(0.6667f);
        assertThat(rate(x, "ratingSatisfaction")).isEqualTo(0.75f);
        assertThat(rate(x, "windowSatisfaction")).isNull();
        assertThat(score(x))
                .containsEntry("opinionSurvey", 80.0f)
                .containsEntry("publicEvaluation", 80.0f)
                .containsEntry("work", 79.63f)
                .containsEntry("deductions", 0.5f)
                .containsEntry("total", 79.32f)
                .containsEntry("grade", "QUALIFIED");
        assertThat(x).containsEntry("rank", 2).containsEntry("ineligibleForHonours", true);
        assertThat(stageTime(x, "SIGN_FOR"))
                .containsEntry("ended", 10)
                .containsEntry("averageWorkingDays", 2.1f)
                .containsEntry("p90WorkingDays", 2);
        assertThat(stageTime(x, "HANDLING"))
                .containsEntry("ended", 8)
                .containsEntry("averageWorkingDays", 11.63f)
                .containsEntry("p90WorkingDays", 14);
        assertThat(stageTime(x, "RECTIFICATION"))
                .containsEntry("ended", 0)
                .containsEntry("averageWorkingDays", null)
                .containsEntry("p90WorkingDays", null);

        Map<String, Object> y = bureau(month, XIXIA);
        assertThat(score(y))
                .containsEntry("work", 100.0f)
                .containsEntry("publicEvaluation", 90.0f)
                .containsEntry("total", 95.0f)
                .containsEntry("grade", "EXCELLENT");
        assertThat(y).containsEntry("rank", 1).containsEntry("ineligibleForHonours", false);

        Map<String, Object> j = bureau(month, JINFENG);
        assertThat(score(j)).containsEntry("total", 100.0f).containsEntry("grade", "EXCELLENT");
        assertThat(j).containsEntry("rank", null).containsEntry("notRanked", "too-few-cases");

        Map<String, Object> city = bureau(month, YINCHUAN);
        assertThat(score(city))
                .containsEntry("work", 88.75f)
                .containsEntry("publicEvaluation", 85.0f)
                .containsEntry("deductions", 2.0f)
                .containsEntry("total", 84.88f)
                .containsEntry("grade", "QUALIFIED");
        assertThat(city).containsEntry("rank", 1).containsEntry("ineligibleForHonours", false);
        assertThat(stageTime(city, "HANDLING"))
                .containsEntry("ended", 5)
                .containsEntry("averageWorkingDays", 11.2f)
                .containsEntry("p90WorkingDays", 16);
        assertThat(stageTime(j, "SIGN_FOR"))
                .containsEntry("averageWorkingDays", 7.0f)
                .containsEntry("p90WorkingDays", 7);
        assertThat(bureau(month, "psb-640202")).containsEntry("notRanked", "too-few-cases");

        JsonPath indicators = api.as(INSPECTOR)
                .queryParam("from", "2025-03-01")
                .queryParam("to", "2025-03-31")
                .get("/assessment/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> rolledUp = indicators.getMap("find { it.code == '" + YINCHUAN + "' }.rolledUp.figures");
        assertThat(rolledUp)
                .containsEntry("received", 25)
                .containsEntry("accepted", 24)
                .containsEntry("repeats", 1)
                .containsEntry("overdue", 4)
                .containsEntry("overdueWorkingDays", 9)
                .containsEntry("accountability", 1);
        assertThat(indicators.getInt("find { it.code == '" + YINCHUAN + "' }.own.figures.received"))
                .isEqualTo(5);
        String rolledUpTime = "find { it.code == '" + YINCHUAN + "' }.rolledUp.stageTimes.find { it.stage == '%s' }";
        assertThat(indicators.getMap(rolledUpTime.formatted("SIGN_FOR")))
                .as("25 sign-fors: twenty of 2 working days, one of 3, four of 7")
                .containsEntry("ended", 25)
                .containsEntry("averageWorkingDays", 2.84f)
                .containsEntry("p90WorkingDays", 7);
        assertThat(indicators.getMap(rolledUpTime.formatted("HANDLING")))
                .as("18 handlings: one of 7 working days, nine of 10, six of 12, one of 14, one of 16")
                .containsEntry("ended", 18)
                .containsEntry("averageWorkingDays", 11.06f)
                .containsEntry("p90WorkingDays", 14);
    }

    @Test
    void aClosedMonthStaysAsPublishedWhenACaseIsLaterLeftOut() {
        build();
        JsonPath closed = api.as(INSPECTOR)
                .post("/assessment/months/{month}/close", MONTH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(closed.getBoolean("closed")).isTrue();
        api.as(INSPECTOR)
                .post("/assessment/months/{month}/close", MONTH)
                .then()
                .spec(problem(409, "assessment.month-closed"));
        api.as(CLERK)
                .contentType("application/json")
                .body(Map.of("scores", List.of(Map.of("unit", XINGQING, "score", 10))))
                .put("/assessment/months/{month}/opinion-scores", MONTH)
                .then()
                .spec(problem(409, "assessment.month-closed"));

        Number exclusion = api.as(CLERK)
                .contentType("application/json")
                .body(Map.of("trackingNumber", xingqingExcluded, "reason", "恶意投诉，经核实不属实"))
                .post("/assessment/exclusions")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        api.as(INSPECTOR)
                .contentType("application/json")
                .body(Map.of("approve", true, "comment", "同意剔除"))
                .post("/assessment/exclusions/{id}/decision", exclusion)
                .then()
                .statusCode(200);

        JsonPath published = monthAsClerk();
        assertThat(published.getBoolean("closed")).isTrue();
        assertThat(figures(bureau(published, XINGQING))).containsEntry("received", 10);
        assertThat(score(bureau(published, XINGQING))).containsEntry("total", 79.32f);
        JsonPath live = api.as(INSPECTOR)
                .queryParam("from", "2025-03-01")
                .queryParam("to", "2025-03-31")
                .get("/assessment/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(live.getInt("find { it.code == '" + XINGQING + "' }.own.figures.received"))
                .as("the excluded case is no longer counted")
                .isEqualTo(9);
        assertThat(live.getInt("find { it.code == '" + XINGQING + "' }.own.figures.signForsDue"))
                .isEqualTo(9);
        assertThat(live.getInt("find { it.code == '" + XINGQING + "' }.own.figures.accepted"))
                .isEqualTo(8);
        assertThat(live.getInt("find { it.code == '" + XINGQING + "' }.own.stageTimes.find { it.stage == 'SIGN_FOR' }"
                        + ".ended"))
                .isEqualTo(9);
    }

    /** The month of docs/indicators.md, line by line. */
    private void build() {
        xingqingExcluded = HandBuiltMonth.ofTheDocs(jdbc, complaints, api);
    }

    private JsonPath monthAsClerk() {
        return api.as(CLERK)
                .get("/assessment/months/{month}", MONTH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> bureau(JsonPath month, String code) {
        return month.getMap("bureaus.find { it.code == '" + code + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(Map<String, Object> bureau) {
        return (Map<String, Object>) ((Map<String, Object>) bureau.get("indicators")).get("figures");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> score(Map<String, Object> bureau) {
        return (Map<String, Object>) bureau.get("score");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stageTime(Map<String, Object> bureau, String stage) {
        List<Map<String, Object>> times =
                (List<Map<String, Object>>) ((Map<String, Object>) bureau.get("indicators")).get("stageTimes");
        return times.stream()
                .filter(time -> stage.equals(time.get("stage")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Object rate(Map<String, Object> bureau, String name) {
        Map<String, Object> rates = (Map<String, Object>) ((Map<String, Object>) bureau.get("indicators")).get("rates");
        return ((Map<String, Object>) rates.get(name)).get("value");
    }
}
