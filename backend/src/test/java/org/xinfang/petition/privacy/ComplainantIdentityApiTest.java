package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notFound;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.Pages;

/**
 * Who sees the complainant: masked for everyone in the case detail, in full only on an audited request by the
 * petition office or the handling bureau, never by the unit or officer complained about, and only by the petition
 * office when the complainant asked for confidentiality.
 */
class ComplainantIdentityApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EngineTime time;

    @Test
    void theCaseDetailShowsTheComplainantMaskedToEveryone() {
        String number = complaints.dispatched();

        for (String login : List.of(CLERK, XINGQING_HANDLER, XINGQING_LEADER, INSPECTOR, ADMIN)) {
            JsonPath complainant = detailAs(login, number);
            assertThat(complainant.getString("complainant.name")).as(login).isEqualTo("张*");
            assertThat(complainant.getString("complainant.idNumber")).as(login).isEqualTo("1101**********002X");
            assertThat(complainant.getString("complainant.phone")).as(login).isEqualTo("138****5678");
            assertThat(complainant.getString("complainant.address")).as(login).isEqualTo("宁夏银川市兴****");
            assertThat(complainant.getBoolean("complainant.withheld")).as(login).isFalse();
        }
    }

    @Test
    void thePetitionOfficeAndTheHandlingBureauSeeTheFullIdentityAndEveryViewIsAudited() {
        String number = complaints.dispatched();

        for (String login : List.of(CLERK, XINGQING_HANDLER, XINGQING_LEADER)) {
            JsonPath full = fullViewAs(login, number).statusCode(200).extract().jsonPath();
            assertThat(full.getString("name")).isEqualTo("张伟");
            assertThat(full.getString("idNumber")).isEqualTo("11010519491231002X");
            assertThat(full.getString("phone")).isEqualTo("+8613812345678");
            assertThat(full.getString("address")).isEqualTo("宁夏银川市兴庆区解放街1号");
        }

        List<Map<String, Object>> views = jdbc.queryForList(
                "select actor, actor_roles, actor_unit, client_address,"
                        + " detail from audit_log where action = 'COMPLAINANT_VIEWED' and tracking_number = ? order by seq",
                number);
        // One entry per view; their order in the chain is the order they were chained, which for views of a
        // read-only request is after the answer (by the chain writer), so not necessarily the order of the requests.
        assertThat(views)
                .extracting(view -> view.get("actor"))
                .containsExactlyInAnyOrder(CLERK, XINGQING_HANDLER, XINGQING_LEADER);
        assertThat(views)
                .filteredOn(view -> XINGQING_HANDLER.equals(view.get("actor")))
                .singleElement()
                .satisfies(view ->
                        assertThat(view).containsEntry("actor_roles", "HANDLER").containsEntry("actor_unit", XINGQING));
        assertThat(views).allSatisfy(view -> {
            assertThat(view.get("client_address")).isNotNull();
            assertThat(view.get("detail").toString())
                    .doesNotContain("11010519491231002X")
                    .doesNotContain("张伟");
        });
    }

    @Test
    void inspectorsAndAdministratorsMaySeeTheCaseButNotTheFullIdentity() {
        String number = complaints.dispatched();

        fullViewAs(INSPECTOR, number).spec(problem(403, "complainant.full-view-denied"));
        fullViewAs(ADMIN, number).spec(problem(403, "complainant.full-view-denied"));
        fullViewAs(JINFENG_HANDLER, number).spec(notFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'COMPLAINANT_VIEWED'"
                                + " and tracking_number = ?",
                        Integer.class,
                        number))
                .isZero();
    }

    @Test
    void aConfidentialComplainantIsKnownToThePetitionOfficeOnly() {
        Map<String, Object> complaint = webComplaint();
        complaint.put("confidential", true);
        String number =
                complaints.dispatch(complaints.accept(complaints.file(complaint).getString("trackingNumber")));

        for (String login : List.of(XINGQING_HANDLER, XINGQING_LEADER, INSPECTOR)) {
            assertWithheld(detailAs(login, number), login);
            fullViewAs(login, number).spec(problem(403, "complainant.identity-withheld"));
        }
        assertThat(detailAs(CLERK, number).getString("complainant.name")).isEqualTo("张*");
        assertThat(fullViewAs(CLERK, number)
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("idNumber"))
                .isEqualTo("11010519491231002X");
    }

    @Test
    void theUnitComplainedAboutNeverSeesTheComplainantEvenWhenItHandlesTheCase() {
        String number = fileAbout(Map.of("unit", XINGQING));
        complaints.dispatch(complaints.accept(number));

        for (String login : List.of(XINGQING_HANDLER, XINGQING_LEADER)) {
            assertWithheld(detailAs(login, number), login);
            fullViewAs(login, number).spec(problem(403, "complainant.identity-withheld"));
        }
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        assertThat(fullViewAs(CLERK, number)
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("name"))
                .isEqualTo("张伟");
    }

    @Test
    void theOfficerComplainedAboutCanNeitherSeeNorActOnTheCase() {
        String number = fileAbout(Map.of("officer", XINGQING_HANDLER));
        complaints.dispatch(complaints.accept(number));

        api.as(XINGQING_HANDLER).get("/complaints/{number}", number).then().spec(notFound());
        fullViewAs(XINGQING_HANDLER, number).spec(notFound());
        assertThat(Pages.trackingNumbers(() -> api.as(XINGQING_HANDLER), "/complaints"))
                .doesNotContain(number);
        assertThat(Pages.trackingNumbers(() -> api.as(XINGQING_HANDLER), "/work-queue"))
                .doesNotContain(number);
        assertRefused(XINGQING_HANDLER, number, "sign-for", Map.of(), Stage.SIGN_FOR, notFound());
        String task = openTask(number, Stage.SIGN_FOR).getId();
        assertThatThrownBy(() -> taskService.claim(task, XINGQING_HANDLER))
                .as("claimed in the engine (Tasklist)")
                .hasRootCauseInstanceOf(PetitionException.class);
        assertThat(openTask(number, Stage.SIGN_FOR).getAssignee()).isNull();
        // The officer's colleagues may work on it, without knowing who complained.
        assertWithheld(detailAs(XINGQING_LEADER, number), XINGQING_LEADER);
        assertThat(detailAs(CLERK, number).getString("trackingNumber")).isEqualTo(number);
    }

    @Test
    void theOfficerComplainedAboutIsNotNotifiedOfTheCase() {
        time.stopAt(Instant.parse("2026-06-01T01:00:00Z"));
        try {
            String number = fileAbout(Map.of("officer", XINGQING_HANDLER));
            complaints.dispatch(complaints.accept(number));
            time.advance(Duration.ofDays(10));
            assertThat(time.fireDueTimers(number)).isNotEmpty();
            long id = jdbc.queryForObject("select id from complaint where tracking_number = ?", Long.class, number);

            assertThat(jdbc.queryForList(
                            "select recipient from staff_notification where complaint_id = ?", String.class, id))
                    .contains(XINGQING_LEADER)
                    .doesNotContain(XINGQING_HANDLER);
        } finally {
            time.reset();
        }
    }

    @Test
    void theOfficerMayBeNamedAsTheComplainantKnowsThem() {
        String displayName = jdbc.queryForObject(
                "select display_name from staff_user where username = ?", String.class, XINGQING_HANDLER);
        String number = fileAbout(Map.of("officer", displayName));
        complaints.dispatch(complaints.accept(number));

        api.as(XINGQING_HANDLER).get("/complaints/{number}", number).then().spec(notFound());
        assertRefused(XINGQING_HANDLER, number, "sign-for", Map.of(), Stage.SIGN_FOR, notFound());
    }

    @Test
    void anUnknownUnitComplainedAboutIsRefusedNamingTheField() {
        Map<String, Object> complaint = webComplaint();
        complaint.put("accused", Map.of("unit", "psb-999999"));

        api.anonymous()
                .body(complaint)
                .post("/complaints")
                .then()
                .spec(invalidField("accused.unit", "constraint.unknown-unit"));
    }

    private String fileAbout(Map<String, Object> accused) {
        Map<String, Object> complaint = webComplaint();
        complaint.put("accused", accused);
        return complaints.file(complaint).getString("trackingNumber");
    }

    private JsonPath detailAs(String login, String number) {
        return api.as(login)
                .get("/complaints/{number}", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private io.restassured.response.ValidatableResponse fullViewAs(String login, String number) {
        return api.as(login).get("/complaints/{number}/complainant", number).then();
    }

    private static void assertWithheld(JsonPath detail, String login) {
        assertThat(detail.getBoolean("complainant.withheld")).as(login).isTrue();
        assertThat(List.of(
                        detail.getString("complainant.name"),
                        detail.getString("complainant.idNumber"),
                        detail.getString("complainant.phone"),
                        detail.getString("complainant.address")))
                .as(login)
                .containsOnly("***");
    }
}
