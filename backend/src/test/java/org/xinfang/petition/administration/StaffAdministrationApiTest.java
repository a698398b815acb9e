package org.xinfang.petition.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.xinfang.petition.support.AtOnce.fire;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Pages;

/** 用户管理 through the admin API: accounts that work at once everywhere, refused input, races, the audit trail. */
class StaffAdministrationApiTest extends ApiTest {

    private static final String PASSWORD = "Xq-handler-2026";

    @Autowired
    IdentityService identityService;

    @Test
    void aNewHandlerOfABureauSignsInAtOnceSeesItsCasesAndSignsForOne() {
        String dispatched = complaints.dispatched();
        String username = newUsername();

        api.as(ADMIN)
                .body(handler(username, XINGQING))
                .post("/admin/staff")
                .then()
                .statusCode(201)
                .header("Location", "/api/v1/admin/staff/" + username)
                .body("unit", equalTo(XINGQING))
                .body("roles", equalTo(List.of("HANDLER")))
                .body("enabled", equalTo(true))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("passwordHash")));

        assertThat(Pages.trackingNumbers(() -> as(username), "/work-queue")).contains(dispatched);
        as(username)
                .body(Map.of())
                .post("/complaints/{n}/sign-for", dispatched)
                .then()
                .statusCode(204);
        assertThat(identityService.checkPassword(username, PASSWORD))
                .as("the engine's webapps accept the login")
                .isTrue();
        assertThat(identityService.createGroupQuery().groupMember(username).list().stream()
                        .map(group -> group.getId())
                        .toList())
                .contains("handler", "handler@" + XINGQING);
    }

    @Test
    void aDisabledAccountIsRefusedEverywhereAndItsTokensStopWorking() {
        String username = created(XINGQING);
        String token = as(username)
                .post("/session/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");

        api.as(ADMIN)
                .post("/admin/staff/{u}/disable", username)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));

        as(username).get("/work-queue").then().spec(unauthenticated());
        api.anonymous().auth().oauth2(token).get("/work-queue").then().spec(unauthenticated());
        assertThat(identityService.checkPassword(username, PASSWORD)).isFalse();
        assertThat(identityService.createUserQuery().userId(username).count()).isZero();

        api.as(ADMIN).post("/admin/staff/{u}/enable", username).then().statusCode(200);
        as(username).get("/work-queue").then().statusCode(200);
    }

    @Test
    void aMovedMemberWorksInTheNewUnitWithTheNewRoles() {
        String username = created(XINGQING);

        api.as(ADMIN)
                .body(Map.of("unit", JINFENG))
                .put("/admin/staff/{u}/unit", username)
                .then()
                .statusCode(200)
                .body("unit", equalTo(JINFENG));
        api.as(ADMIN)
                .body(Map.of("roles", List.of("HANDLER", "BUREAU_LEADER")))
                .put("/admin/staff/{u}/roles", username)
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("HANDLER", "BUREAU_LEADER")));

        as(username).get("/session").then().statusCode(200).body("unit", equalTo(JINFENG));
        assertThat(identityService.createGroupQuery().groupMember(username).list().stream()
                        .map(group -> group.getId())
                        .toList())
                .contains("bureau-leader@" + JINFENG)
                .doesNotContain("handler@" + XINGQING);
    }

    @Test
    void aPasswordResetUnlocksTheAccountAndTheOldPasswordNoLongerWorks() {
        String username = created(XINGQING);
        for (int i = 0; i < 6; i++) {
            api.anonymous()
                    .auth()
                    .preemptive()
                    .basic(username, "wrong-password")
                    .get("/work-queue");
        }
        as(username).get("/work-queue").then().spec(unauthenticated());

        api.as(ADMIN)
                .body(Map.of("password", "Another-pass-99"))
                .put("/admin/staff/{u}/password", username)
                .then()
                .statusCode(204);

        as(username).get("/work-queue").then().spec(unauthenticated());
        // The administrator chose the password: its owner changes it before anything else.
        api.anonymous()
                .auth()
                .preemptive()
                .basic(username, "Another-pass-99")
                .get("/work-queue")
                .then()
                .spec(problem(403, "password.change-required"));
        api.anonymous()
                .auth()
                .preemptive()
                .basic(username, "Another-pass-99")
                .body(Map.of("currentPassword", "Another-pass-99", "newPassword", "Own-choice-99"))
                .post("/session/password")
                .then()
                .statusCode(204);
        api.anonymous()
                .auth()
                .preemptive()
                .basic(username, "Own-choice-99")
                .get("/work-queue")
                .then()
                .statusCode(200);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String username = newUsername();
        refusedCreation(Map.of("username", "Has Spaces"), "username", "organization.username-format");
        refusedCreation(Map.of("password", "short"), "password", "organization.password-too-short");
        refusedCreation(
                Map.of("username", username, "password", username + "-pw"),
                "password",
                "organization.password-contains-username");
        refusedCreation(Map.of("unit", "psb-000000"), "unit", "constraint.unknown-unit");
        refusedCreation(Map.of("displayName", " "), "displayName", "constraint.NotBlank");
        refusedCreation(Map.of("roles", List.of()), "roles", "constraint.NotEmpty");
        api.as(ADMIN).get("/admin/staff/{u}", username).then().spec(problem(404, "organization.unknown-staff"));
    }

    /** A new account that differs from a good one by {@code changes} is refused, naming the field; none is made. */
    private void refusedCreation(Map<String, Object> changes, String field, String code) {
        Map<String, Object> account = new HashMap<>(handler(newUsername(), XINGQING));
        account.putAll(changes);
        api.as(ADMIN).body(account).post("/admin/staff").then().spec(invalidField(field, code));
        api.as(ADMIN).get("/admin/staff/{u}", account.get("username")).then().statusCode(404);
    }

    @Test
    void onlyAdministratorsAdministerStaff() {
        api.as(CLERK)
                .body(handler(newUsername(), XINGQING))
                .post("/admin/staff")
                .then()
                .statusCode(403);
        api.anonymous().get("/admin/staff").then().spec(unauthenticated());
    }

    @Test
    void aTakenUsernameIsAConflict() {
        String username = created(XINGQING);

        api.as(ADMIN)
                .body(handler(username, JINFENG))
                .post("/admin/staff")
                .then()
                .spec(problem(409, "organization.username-taken"));
    }

    @Test
    void twoAdministratorsCreatingTheSameUsernameAtOnceGetOne201AndOne409() throws Exception {
        for (int round = 0; round < 3; round++) {
            String username = newUsername();
            assertThat(fire(
                            2,
                            () -> api.as(ADMIN)
                                    .body(handler(username, XINGQING))
                                    .post("/admin/staff")
                                    .statusCode()))
                    .as("round %d", round)
                    .containsExactlyInAnyOrder(201, 409);
        }
    }

    @Test
    void everyChangeIsAuditedWithTheAdministratorWhoMadeIt() {
        String username = created(XINGQING);
        api.as(ADMIN).post("/admin/staff/{u}/disable", username).then().statusCode(200);

        api.as(ADMIN)
                .queryParam("actor", ADMIN)
                .queryParam("action", "STAFF_CREATED")
                .get("/admin/audit")
                .then()
                .statusCode(200)
                .body("content.detail", hasItem("staff " + username + ": unit " + XINGQING + ", roles HANDLER"))
                .body("content.find { it.detail.startsWith('staff " + username + ":') }.roles", equalTo("ADMIN"));
        api.as(ADMIN)
                .queryParam("action", "STAFF_DISABLED")
                .get("/admin/audit")
                .then()
                .body("content.find { it.detail == 'staff " + username + ": disabled' }.actor", equalTo(ADMIN));
    }

    @Test
    void theListIsFilteredSortedAndPaged() {
        String username = created(XINGQING);

        api.as(ADMIN)
                .queryParam("unit", XINGQING)
                .queryParam("role", "HANDLER")
                .queryParam("name", username)
                .get("/admin/staff")
                .then()
                .statusCode(200)
                .body("content.username", equalTo(List.of(username)));
        api.as(ADMIN)
                .queryParam("unit", XINGQING)
                .queryParam("sort", "username,desc")
                .queryParam("size", 2)
                .get("/admin/staff")
                .then()
                .statusCode(200)
                .body("content.size()", equalTo(2))
                .body("page.size", equalTo(2));
        api.as(ADMIN)
                .queryParam("sort", "passwordHash")
                .get("/admin/staff")
                .then()
                .statusCode(400);
    }

    private String created(String unit) {
        String username = newUsername();
        api.as(ADMIN).body(handler(username, unit)).post("/admin/staff").then().statusCode(201);
        return username;
    }

    private RequestSpecification as(String username) {
        return api.anonymous().auth().preemptive().basic(username, PASSWORD);
    }

    private static Map<String, Object> handler(String username, String unit) {
        return Map.of(
                "username", username,
                "displayName", "新承办人 " + username,
                "unit", unit,
                "roles", List.of("HANDLER"),
                "password", PASSWORD);
    }

    static String newUsername() {
        return "t." + UUID.randomUUID().toString().substring(0, 12);
    }
}
