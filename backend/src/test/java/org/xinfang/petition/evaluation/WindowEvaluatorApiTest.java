package org.xinfang.petition.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.evaluation.Evaluators.Device;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.PinnedClock;

/**
 * 评价器: administrators register window evaluators, each with its own key shown once and its unit; a device rates a
 * service of its unit with its id and key, at most 30 times a minute, and a rating carries nothing but the service,
 * the verdict and a reason code.
 */
class WindowEvaluatorApiTest extends ApiTest {

    private static final String UNAUTHENTICATED = "evaluator.unauthenticated";
    private static final String REGISTRATION = "window-registration";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvaluationTallies tallies;

    private Evaluators evaluators;

    @BeforeEach
    void devices() {
        evaluators = new Evaluators(api);
    }

    @Test
    void anAdministratorRegistersAnEvaluatorWhoseRatingsCountForItsUnit() {
        JsonPath registered = evaluators
                .register("户籍窗口 3 号", XINGQING, List.of(REGISTRATION))
                .statusCode(201)
                .extract()
                .jsonPath();
        Device device = new Device(registered.getLong("device.id"), registered.getString("key"));
        assertThat(device.key()).matches("xfe_[A-Za-z0-9_-]{43}");
        assertThat(registered.getString("device.unitCode")).isEqualTo(XINGQING);
        assertThat(registered.getList("device.services")).containsExactly(REGISTRATION);
        assertThat(registered.getString("device.registeredBy")).isEqualTo(ADMIN);

        PinnedClock.pinAt("2026-08-17T10:00");
        JsonPath rated = evaluators
                .rate(device, REGISTRATION, "SATISFIED")
                .statusCode(201)
                .extract()
                .jsonPath();
        evaluators
                .rate(device, Map.of("service", REGISTRATION, "verdict", "UNSATISFIED", "reason", "SLOW"))
                .statusCode(201);
        evaluators.rate(device, REGISTRATION, "BASICALLY_SATISFIED").statusCode(201);

        assertThat(rated.getString("unitCode")).isEqualTo(XINGQING);
        assertThat(rated.getString("verdict")).isEqualTo("SATISFIED");
        assertThat(tallies.windowRatings(beijing("2026-08-17T10:00"), beijing("2026-08-17T10:01")))
                .containsExactly(new VerdictTally(XINGQING, 1, 1, 1));
        assertThat(jdbc.queryForList(
                        "select reason from window_rating where device_id = ? order by id", String.class, device.id()))
                .containsExactly(null, "SLOW", null);
        assertThat(tallies.replyRatings(beijing("2026-08-17T10:00"), beijing("2026-08-17T10:01")))
                .as("window ratings are kept apart from the complainants' ratings of replies")
                .isEmpty();
    }

    @Test
    void theKeyIsShownOnceAndKeptOnlyAsItsKeyedHash() {
        Device device = evaluators.registered(XINGQING);

        String list = api.as(ADMIN)
                .get("/admin/evaluators")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String one = api.as(ADMIN)
                .get("/admin/evaluators/" + device.id())
                .then()
                .statusCode(200)
                .body("id", equalTo((int) device.id()))
                .extract()
                .asString();

        assertThat(list).doesNotContain(device.key()).doesNotContain("\"key");
        assertThat(one).doesNotContain(device.key()).doesNotContain("\"key");
        String kept =
                jdbc.queryForObject("select key_hash from evaluator_device where id = ?", String.class, device.id());
        assertThat(kept).matches("[0-9a-f]{64}").doesNotContain(device.key().substring(4));
    }

    @Test
    void aWrongKeyAnUnknownDeviceAndMissingCredentialsAreRefusedAlike() {
        Device device = evaluators.registered(XINGQING);
        Map<String, String> rating = Map.of("service", REGISTRATION, "verdict", "SATISFIED");
        String id = String.valueOf(device.id());

        evaluators.rateWith(id, device.key() + "x", rating).spec(problem(401, UNAUTHENTICATED));
        evaluators.rateWith(id, "xfe_" + "A".repeat(43), rating).spec(problem(401, UNAUTHENTICATED));
        evaluators.rateWith("999999999", device.key(), rating).spec(problem(401, UNAUTHENTICATED));
        evaluators.rateWith("not-a-number", device.key(), rating).spec(problem(401, UNAUTHENTICATED));
        evaluators.rateWith(id, null, rating).spec(problem(401, UNAUTHENTICATED));
        evaluators.rateWith(null, device.key(), rating).spec(problem(401, UNAUTHENTICATED));

        assertThat(ratingsOf(device)).isZero();
    }

    @Test
    void aRevokedEvaluatorIsRefusedAndStaysRevoked() {
        Device device = evaluators.registered(XINGQING);
        evaluators.rate(device, REGISTRATION, "SATISFIED").statusCode(201);

        evaluators.revoke(device).statusCode(200).body("revokedBy", equalTo(ADMIN));

        evaluators.rate(device, REGISTRATION, "SATISFIED").spec(problem(401, UNAUTHENTICATED));
        evaluators.revoke(device).spec(problem(409, "evaluator.revoked"));
        evaluators.rotate(device).spec(problem(409, "evaluator.revoked"));
        assertThat(ratingsOf(device)).as("its earlier rating stays").isEqualTo(1);
        api.as(ADMIN)
                .get("/admin/evaluators/" + device.id())
                .then()
                .body("revokedBy", equalTo(ADMIN))
                .body("revokedAt", notNullValue());
    }

    @Test
    void aRotatedKeyReplacesTheOldOne() {
        Device device = evaluators.registered(XINGQING);

        JsonPath rotated = evaluators.rotate(device).statusCode(200).extract().jsonPath();
        Device renewed = new Device(device.id(), rotated.getString("key"));

        assertThat(renewed.key()).isNotEqualTo(device.key()).startsWith("xfe_");
        assertThat(rotated.getString("device.rotatedBy")).isEqualTo(ADMIN);
        evaluators.rate(device, REGISTRATION, "SATISFIED").spec(problem(401, UNAUTHENTICATED));
        evaluators.rate(renewed, REGISTRATION, "SATISFIED").statusCode(201);
        assertThat(ratingsOf(device)).isEqualTo(1);
    }

    @Test
    void registrationRotationAndRevocationAreAudited() {
        Device device = evaluators.registered(XINGQING);
        evaluators.rotate(device).statusCode(200);
        evaluators.revoke(device).statusCode(200);

        assertThat(jdbc.queryForList(
                        "select action from audit_log where actor = ? and (detail = ? or detail like ?) order by id",
                        String.class,
                        ADMIN,
                        "evaluator " + device.id(),
                        "evaluator " + device.id() + " of %"))
                .containsExactly("EVALUATOR_REGISTERED", "EVALUATOR_KEY_ROTATED", "EVALUATOR_REVOKED");
        assertThat(jdbc.queryForList("select detail from audit_log where detail like 'evaluator%'", String.class))
                .noneMatch(detail -> detail.contains(device.key()));
    }

    @Test
    void aRatingIsOfOneOfTheDevicesServicesAndAReasonGoesWithUnsatisfiedOnly() {
        Device device = evaluators.registered(XINGQING);

        evaluators
                .rate(device, "complaint-reception", "SATISFIED")
                .spec(invalidField("service", "evaluator.service-not-rated"));
        evaluators
                .rate(device, Map.of("service", REGISTRATION, "verdict", "SATISFIED", "reason", "SLOW"))
                .spec(invalidField("reason", "evaluator.reason-only-unsatisfied"));
        evaluators
                .rate(device, Map.of("service", REGISTRATION, "verdict", "UNSATISFIED", "reason", "RUDE"))
                .spec(invalidField("reason", "constraint.unreadable"));
        evaluators.rate(device, Map.of("service", REGISTRATION)).spec(invalidField("verdict", "constraint.NotNull"));

        assertThat(ratingsOf(device)).isZero();
    }

    @Test
    void aRatingCarriesNoPersonalData() {
        Device device = evaluators.registered(XINGQING);

        evaluators
                .rate(device, Map.of("service", REGISTRATION, "verdict", "UNSATISFIED", "phone", "13812345678"))
                .spec(invalidField("phone", "evaluator.unknown-field"));
        evaluators
                .rate(device, Map.of("service", REGISTRATION, "verdict", "UNSATISFIED", "comment", "窗口民警张三态度差"))
                .spec(invalidField("comment", "evaluator.unknown-field"));
        evaluators
                .rate(device, Map.of("service", REGISTRATION, "verdict", "SATISFIED", "unitCode", JINFENG))
                .spec(invalidField("unitCode", "evaluator.unknown-field"));
        assertThat(ratingsOf(device)).isZero();

        evaluators
                .rate(device, Map.of("service", REGISTRATION, "verdict", "UNSATISFIED", "reason", "ATTITUDE"))
                .statusCode(201);
        Map<String, Object> row = jdbc.queryForMap("select * from window_rating where device_id = ?", device.id());
        assertThat(row.keySet().stream().map(String::toLowerCase))
                .containsExactlyInAnyOrder("id", "device_id", "unit_code", "service", "verdict", "reason", "rated_at");
        assertThat(row.get("unit_code"))
                .as("the device's unit, not the request's")
                .isEqualTo(XINGQING);
    }

    @Test
    void onlyAnAdministratorRegistersRotatesOrRevokes() {
        Device device = evaluators.registered(XINGQING);
        Map<String, Object> request = Map.of("name", "评价器", "unitCode", XINGQING, "services", List.of(REGISTRATION));

        api.as(XINGQING_HANDLER).body(request).post("/admin/evaluators").then().statusCode(403);
        api.anonymous().body(request).post("/admin/evaluators").then().statusCode(401);
        api.as(XINGQING_HANDLER)
                .post("/admin/evaluators/" + device.id() + "/rotate-key")
                .then()
                .statusCode(403);
        api.as(XINGQING_HANDLER)
                .post("/admin/evaluators/" + device.id() + "/revoke")
                .then()
                .statusCode(403);
        api.as(XINGQING_HANDLER).get("/admin/evaluators").then().statusCode(403);

        evaluators.rate(device, REGISTRATION, "SATISFIED").statusCode(201);
    }

    @Test
    void aRegistrationNamesAKnownUnitAndConfiguredServices() {
        evaluators
                .register("评价器", "psb-000000", List.of(REGISTRATION))
                .spec(invalidField("unitCode", "constraint.unknown-unit"));
        evaluators
                .register("评价器", XINGQING, List.of("parking"))
                .spec(invalidField("services", "evaluator.unknown-service"));
        evaluators.register("评价器", XINGQING, List.of()).spec(invalidField("services", "constraint.NotEmpty"));
        evaluators.register(" ", XINGQING, List.of(REGISTRATION)).spec(invalidField("name", "constraint.NotBlank"));
        api.as(ADMIN).post("/admin/evaluators/999999999/revoke").then().spec(problem(404, "evaluator.not-found"));
    }

    @Test
    void aDeviceRatesAtMostThirtyTimesAMinuteThenWaits() {
        Device device = evaluators.registered(XINGQING);
        for (int i = 0; i < 30; i++) {
            evaluators.rate(device, REGISTRATION, "SATISFIED").statusCode(201);
        }

        evaluators
                .rate(device, REGISTRATION, "SATISFIED")
                .spec(problem(429, "evaluator.rate-limited"))
                .header("Retry-After", Integer::parseInt, equalTo(60));
        PinnedClock.pinAt(PinnedClock.BASE.plusSeconds(45));
        evaluators
                .rate(device, REGISTRATION, "SATISFIED")
                .spec(problem(429, "evaluator.rate-limited"))
                .header("Retry-After", Integer::parseInt, equalTo(15));
        Device another = evaluators.registered(XINGQING);
        // each device has its own limit
        evaluators.rate(another, REGISTRATION, "SATISFIED").statusCode(201);

        PinnedClock.pinAt(PinnedClock.BASE.plusSeconds(60));
        evaluators.rate(device, REGISTRATION, "SATISFIED").statusCode(201);
        assertThat(ratingsOf(device)).isEqualTo(31);
    }

    /** Ratings from one device sent at once at its limit: exactly the remaining ones pass, the rest 429, never 500. */
    @RepeatedTest(3)
    void ratingsSentAtOnceNeverPassTheLimit() throws Exception {
        Device device = evaluators.registered(XINGQING);
        for (int i = 0; i < 25; i++) {
            evaluators.rate(device, REGISTRATION, "SATISFIED").statusCode(201);
        }
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> ratings = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                ratings.add(() -> evaluators
                        .rate(device, REGISTRATION, "BASICALLY_SATISFIED")
                        .extract()
                        .statusCode());
            }
            for (Future<Integer> answer : pool.invokeAll(ratings)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(statuses).allMatch(status -> status == 201 || status == 429);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(5);
        assertThat(ratingsOf(device)).isEqualTo(30);
    }

    private int ratingsOf(Device device) {
        return jdbc.queryForObject(
                "select count(*) from window_rating where device_id = ?", Integer.class, device.id());
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
