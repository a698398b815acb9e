package org.xinfang.petition.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XIXIA;
import static org.xinfang.petition.support.Logins.YINCHUAN;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;

/** The assessment's own rules: weights that add up, exclusions decided by someone else, one closing per month. */
class AssessmentRulesTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void weightsWhosePartsDoNotAddUpOrThatLookBackAreRefused() {
        Map<String, Object> weights = seedsWeights("2999-01");
        weights.put("work", 40);
        api.as(ADMIN)
                .body(weights)
                .post("/assessment/weights")
                .then()
                .spec(invalidField("work", "weights.parts-not-100"));

        Map<String, Object> retroactive = seedsWeights("2026-05");
        api.as(ADMIN)
                .body(retroactive)
                .post("/assessment/weights")
                .then()
                .spec(invalidField("effectiveFrom", "weights.retroactive"));

        Map<String, Object> reversed = seedsWeights("2999-02");
        reversed.put("excellentFrom", 50);
        api.as(ADMIN)
                .body(reversed)
                .post("/assessment/weights")
                .then()
                .spec(invalidField("excellentFrom", "weights.grades-reversed"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment_weights where effective_from in ('2999-01', '2999-02')",
                        Integer.class))
                .isZero();
    }

    @Test
    void aMonthIsScoredWithTheWeightsInForceThen() {
        String from = "2" + (100 + (int) (Math.random() * 800)) + "-06";
        api.as(ADMIN)
                .body(seedsWeights(from))
                .post("/assessment/weights")
                .then()
                .statusCode(200);
        api.as(ADMIN)
                .body(seedsWeights(from))
                .post("/assessment/weights")
                .then()
                .spec(problem(409, "weights.exists"));

        String before = from.substring(0, 4) + "-05";
        assertThat(api.as(CLERK)
                        .get("/assessment/months/{month}", before)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("weights.effectiveFrom"))
                .isNotEqualTo(from);
        assertThat(api.as(CLERK)
                        .get("/assessment/months/{month}", from)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("weights.effectiveFrom"))
                .isEqualTo(from);
    }

    @Test
    void anExclusionIsDecidedBySomeoneOtherThanTheProposer() {
        String both = "assess." + UUID.randomUUID().toString().substring(0, 8);
        api.as(ADMIN)
                .body(Map.of(
                        "username", both,
                        "displayName", "市局督察",
                        "password", "Assess-pass-1",
                        "unit", "psb-640100",
                        "roles", List.of("BUREAU_LEADER", "INSPECTOR")))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        String number = complaints.file();
        Number id = api.anonymous()
                .auth()
                .preemptive()
                .basic(both, "Assess-pass-1")
                .body(Map.of("trackingNumber", number, "reason", "恶意投诉"))
                .post("/assessment/exclusions")
                .then()
                .statusCode(200)
                .extract()
                .path("id");

        api.anonymous()
                .auth()
                .preemptive()
                .basic(both, "Assess-pass-1")
                .body(Map.of("approve", true))
                .post("/assessment/exclusions/{id}/decision", id)
                .then()
                .spec(problem(409, "exclusion.own-proposal"));
        api.as(INSPECTOR)
                .body(Map.of("approve", true))
                .post("/assessment/exclusions/{id}/decision", id)
                .then()
                .statusCode(200);
        api.as(INSPECTOR)
                .body(Map.of("approve", false))
                .post("/assessment/exclusions/{id}/decision", id)
                .then()
                .spec(problem(409, "exclusion.decided"));
        api.as(CLERK)
                .body(Map.of("trackingNumber", number, "reason", "再次申请"))
                .post("/assessment/exclusions")
                .then()
                .spec(problem(409, "exclusion.exists"));
        assertThat(jdbc.queryForList(
                        "select action from audit_log where tracking_number = ? and action like 'EXCLUSION_%'",
                        String.class, number))
                .containsExactlyInAnyOrder("EXCLUSION_PROPOSED", "EXCLUSION_APPROVED");
    }

    @Test
    void aMonthNotOverCannotBeClosed() {
        api.as(INSPECTOR)
                .post("/assessment/months/{month}/close", "2026-06")
                .then()
                .spec(problem(409, "assessment.month-not-over"));
    }

    /** Closings of one month at once: one closes it, the others are told it is closed; never 500. */
    @RepeatedTest(3)
    void closingsAtOnceCloseTheMonthOnce() throws Exception {
        String month = unclosedMonth();
        List<Integer> statuses = AtOnce.fire(
                6,
                () -> api.as(INSPECTOR)
                        .post("/assessment/months/{month}/close", month)
                        .then()
                        .extract()
                        .statusCode());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).containsOnlyOnce(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment_month where assessed_month = ?", Integer.class, month))
                .isEqualTo(1);
    }

    /** Proposals to leave one case out at once: one proposal, the others 409; never 500. */
    @RepeatedTest(3)
    void proposalsAtOnceLeaveOneProposal() throws Exception {
        String number = complaints.file();
        List<Integer> statuses = AtOnce.fire(
                6,
                () -> api.as(CLERK)
                        .body(Map.of("trackingNumber", number, "reason", "恶意投诉"))
                        .post("/assessment/exclusions")
                        .then()
                        .extract()
                        .statusCode());
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).containsOnlyOnce(200);
    }

    /**
     * Opinion scores of one month entered by several clerks at once, half of them naming the bureaus in the other
     * order: each gets 204 or 409, never 500, and the month holds one entry's scores whole, not a mix; first entries
     * (inserts) and entries again (updates) alike.
     */
    @RepeatedTest(3)
    void opinionScoresEnteredAtOnceLeaveOneEntryWhole() throws Exception {
        String month = unclosedMonth();
        jdbc.update("delete from opinion_score where assessed_month = ?", month);
        List<String> bureaus = List.of(XINGQING, XIXIA, YINCHUAN);
        List<String> reversed = List.of(YINCHUAN, XIXIA, XINGQING);
        for (int round = 0; round < 2; round++) {
            AtomicInteger next = new AtomicInteger(round * 10);
            Map<Integer, Integer> statusByScore = new ConcurrentHashMap<>();
            List<Integer> statuses = AtOnce.fire(6, () -> {
                int score = next.incrementAndGet();
                List<String> order = score % 2 == 0 ? bureaus : reversed;
                int status = api.as(CLERK)
                        .body(Map.of(
                                "scores",
                                order.stream()
                                        .map(unit -> Map.of("unit", unit, "score", score))
                                        .toList()))
                        .put("/assessment/months/{month}/opinion-scores", month)
                        .then()
                        .extract()
                        .statusCode();
                statusByScore.put(score, status);
                return status;
            });
            assertThat(statuses).isSubsetOf(204, 409).contains(204);
            List<Integer> stored =
                    jdbc.queryForList("select score from opinion_score where assessed_month = ?", Integer.class, month);
            assertThat(stored).hasSize(3);
            assertThat(Set.copyOf(stored)).as("one entry's scores, whole").hasSize(1);
            assertThat(statusByScore).containsEntry(stored.get(0), 204);
        }
    }

    /**
     * A month closed while opinion scores are entered: closed once, each entry 204 or 409, never 500; the entry that
     * got in last before the closing is the score the closed month was scored with, and none gets in after.
     */
    @RepeatedTest(3)
    void opinionScoresEnteredWhileTheMonthClosesAreInItsResultOrRefused() throws Exception {
        String month = unclosedMonth();
        jdbc.update("delete from opinion_score where assessed_month = ?", month);
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = AtOnce.fire(5, () -> {
            int request = next.getAndIncrement();
            return request == 0
                    ? api.as(INSPECTOR)
                            .post("/assessment/months/{month}/close", month)
                            .then()
                            .extract()
                            .statusCode()
                    : api.as(CLERK)
                            .body(Map.of("scores", List.of(Map.of("unit", XINGQING, "score", 60 + request))))
                            .put("/assessment/months/{month}/opinion-scores", month)
                            .then()
                            .extract()
                            .statusCode();
        });
        assertThat(statuses).isSubsetOf(200, 204, 409).containsOnlyOnce(200);
        List<Integer> stored = jdbc.queryForList(
                "select score from opinion_score where assessed_month = ? and unit_code = ?",
                Integer.class,
                month,
                XINGQING);
        Float published = api.as(CLERK)
                .get("/assessment/months/{month}", month)
                .then()
                .statusCode(200)
                .extract()
                .path("bureaus.find { it.code == '" + XINGQING + "' }.score.opinionSurvey");
        if (stored.isEmpty()) {
            assertThat(published).isNull();
        } else {
            assertThat(published).isEqualTo(stored.get(0).floatValue());
        }
        api.as(CLERK)
                .body(Map.of("scores", List.of(Map.of("unit", XINGQING, "score", 71))))
                .put("/assessment/months/{month}/opinion-scores", month)
                .then()
                .spec(problem(409, "assessment.month-closed"));
    }

    private String unclosedMonth() {
        Set<String> closed = Set.copyOf(jdbc.queryForList("select assessed_month from assessment_month", String.class));
        for (int year = 2001; ; year++) {
            for (int month = 1; month <= 12; month++) {
                String candidate = "%d-%02d".formatted(year, month);
                if (!closed.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }

    private static Map<String, Object> seedsWeights(String effectiveFrom) {
        Map<String, Object> weights = new HashMap<>();
        weights.put("effectiveFrom", effectiveFrom);
        weights.put("publicEvaluation", 50);
        weights.put("work", 50);
        weights.put("opinionSurvey", 70);
        weights.put("serviceSurvey", 30);
        weights.put("onTimeSignFor", 15);
        weights.put("onTimeCompletion", 25);
        weights.put("fewReturns", 10);
        weights.put("fewReopenings", 10);
        weights.put("callbackContact", 10);
        weights.put("callbackSatisfaction", 10);
        weights.put("ratingSatisfaction", 10);
        weights.put("windowSatisfaction", 10);
        weights.put("perSupervisionOrder", 0.5);
        weights.put("perAccountability", 2);
        weights.put("excellentFrom", 90);
        weights.put("qualifiedFrom", 60);
        weights.put("minimumCases", 5);
        return weights;
    }
}
