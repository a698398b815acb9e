package org.xinfang.petition.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import io.restassured.response.ValidatableResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.TestDirectory;
import org.xinfang.petition.support.WebappSession;
import org.xinfang.petition.support.WorkbenchLogin;

/**
 * Staff of the directory (the test suite's embedded LDAP server, application-test.properties) log in with the
 * directory's password; its groups give their unit and roles at each login, at every door: our API, the engine's
 * webapps and its REST API. Local accounts log in beside them.
 */
class DirectoryLoginTest extends ApiTest {

    private static final String SECRET = "directory-secret-1";

    @Autowired
    TestDirectory directory;

    @Autowired
    Organisation organisation;

    @Autowired
    OrganisationSetup setup;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void aDirectoryUserLogsInWithTheUnitAndRolesOfTheirGroups() {
        String login = directoryUser("目录 王强", "xinfang-handlers", "xinfang-leaders", "psb-640104");

        session(login, SECRET)
                .statusCode(200)
                .body("username", equalTo(login))
                .body("displayName", equalTo("目录 王强"))
                .body("unit", equalTo(XINGQING))
                .body("roles", containsInAnyOrder("HANDLER", "BUREAU_LEADER"))
                .body("passwordChangeRequired", equalTo(false));
        StaffUser account = organisation.staffMember(login).orElseThrow();
        assertThat(account.isDirectoryAccount()).isTrue();
        assertThat(account.engineGroupIds()).contains("handler", "handler@" + XINGQING);
    }

    @RepeatedTest(3)
    void simultaneousFirstLoginsOfOneDirectoryUserAllGetInAndMakeOneAccount() throws Exception {
        String login = directoryUser("目录 并发", "xinfang-handlers", "psb-640104");

        List<Integer> answers =
                AtOnce.fire(6, () -> session(login, SECRET).extract().statusCode());

        assertThat(answers).containsOnly(200);
        assertThat(jdbc.queryForObject("select count(*) from staff_user where username = ?", Integer.class, login))
                .isOne();
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedAsAnyWrongPasswordIs() {
        String login = directoryUser("目录 错密码", "xinfang-handlers", "psb-640104");

        session(login, "not-the-secret").spec(unauthenticated());
        // An empty password would be an anonymous bind, which a directory accepts: never a login.
        session(login, "").spec(unauthenticated());
    }

    @Test
    void aDirectoryUserWhoseGroupsGiveNoRoleOrNoSingleUnitIsRefused() {
        String unmapped = directoryUser("目录 食堂", "canteen");
        String noRole = directoryUser("目录 无角色", "psb-640104");
        String twoUnits = directoryUser("目录 两单位", "xinfang-handlers", "psb-640104", "psb-640105");

        for (String login : new String[] {unmapped, noRole, twoUnits}) {
            session(login, SECRET).spec(unauthenticated());
            assertThat(organisation.staffMember(login)).as(login).isEmpty();
        }
    }

    @Test
    void aUnitMappedByCommonNameAndAnotherByDnBothCount() {
        String login = directoryUser("目录 金凤", "xinfang-handlers", "psb-640105");

        session(login, SECRET).statusCode(200).body("unit", equalTo("psb-640105"));
    }

    @Test
    void aChangeOfGroupsTakesEffectAtTheNextLogin() {
        String login = directoryUser("目录 调岗", "xinfang-handlers", "psb-640104");
        session(login, SECRET).statusCode(200).body("roles", containsInAnyOrder("HANDLER"));

        directory.leave(login, "xinfang-handlers");
        directory.join(login, "xinfang-leaders");
        directory.leave(login, "psb-640104");
        directory.join(login, "psb-640105");
        session(login, SECRET)
                .statusCode(200)
                .body("roles", containsInAnyOrder("BUREAU_LEADER"))
                .body("unit", equalTo("psb-640105"));
        assertThat(organisation.staffMember(login).orElseThrow().engineGroupIds())
                .containsExactlyInAnyOrder("bureau-leader", "bureau-leader@psb-640105");

        directory.leave(login, "xinfang-leaders");
        session(login, SECRET).spec(unauthenticated());
    }

    @Test
    void aDirectoryUserOurAdministratorsDisabledStaysRefused() {
        String login = directoryUser("目录 停用", "xinfang-handlers", "psb-640104");
        session(login, SECRET).statusCode(200);

        api.as(Logins.ADMIN)
                .post("/admin/staff/{username}/disable", login)
                .then()
                .statusCode(200);

        session(login, SECRET).spec(unauthenticated());
        assertThat(identity.checkPassword(login, SECRET)).isFalse();
    }

    @Test
    void failedDirectoryLoginsCountTowardsTheLockOut() {
        String login = directoryUser("目录 锁定", "xinfang-handlers", "psb-640104");
        session(login, SECRET).statusCode(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            session(login, "wrong-" + attempt).spec(unauthenticated());
        }
        session(login, SECRET).spec(unauthenticated());
        assertThat(identity.checkPassword(login, SECRET))
                .as("the webapps refuse the locked account too")
                .isFalse();

        PinnedClock.pinAt(PinnedClock.BASE.plusSeconds(16 * 60));
        session(login, SECRET).statusCode(200);
    }

    @Test
    void aDirectoryHandlerWorksOnTheirBureausTasksInTasklist() {
        String login = directoryUser("目录 承办人", "xinfang-handlers", "psb-640104");
        String ours = complaints.dispatchedIn(XINGQING_REGION);

        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", login, SECRET).then().statusCode(200);
        tasklist.engine()
                .queryParam("processInstanceBusinessKey", ours)
                .get("/task")
                .then()
                .statusCode(200)
                .body("id", hasItem(openTask(ours, Stage.SIGN_FOR).getId()));
        assertThat(new WebappSession(port)
                        .logIn("tasklist", login, "wrong-password")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aDirectoryUserSignsInToTheWorkbenchWhoseStaffPageSaysTheDirectoryKeepsTheAccount() {
        String login = directoryUser("目录 工作台", "xinfang-handlers", "psb-640104");

        given().port(port)
                .cookies(WorkbenchLogin.signIn(port, login, SECRET))
                .redirects()
                .follow(false)
                .get("/workbench")
                .then()
                .statusCode(200);
        given().port(port)
                .cookies(WorkbenchLogin.signIn(port, Logins.ADMIN))
                .get("/workbench/admin/staff/{username}", login)
                .then()
                .statusCode(200)
                .body(containsString("统一身份目录（LDAP / Active Directory）"));
    }

    @Test
    void aDirectoryAdministratorUsesTheEngineRestApiAndAHandlerMayNot() {
        String admin = directoryUser("目录 管理员", "xinfang-admins");
        String handler = directoryUser("目录 承办", "xinfang-handlers", "psb-640104");

        api.engineRest()
                .auth()
                .preemptive()
                .basic(admin, SECRET)
                .get("/engine")
                .then()
                .statusCode(200);
        api.engineRest()
                .auth()
                .preemptive()
                .basic(handler, SECRET)
                .get("/engine")
                .then()
                .spec(problem(403, "access-denied"));
        assertThat(organisation.staffMember(admin).orElseThrow().getUnit().getCode())
                .isEqualTo("petition-640000");
    }

    @Test
    void aLocalAccountTheDirectoryDoesNotKnowLogsInWithItsOwnPassword() {
        session(Logins.ADMIN, Api.PASSWORD).statusCode(200).body("roles", hasItem("ADMIN"));
        session(Logins.ADMIN, "wrong-password").spec(unauthenticated());
    }

    @Test
    void aDirectoryUserCannotLogInWithAPasswordOfOurs() {
        String login = directoryUser("目录 本地密码", "xinfang-handlers", "psb-640104");
        session(login, SECRET).statusCode(200);

        // Not even with a hash of ours planted in their row: the local check does not know directory accounts.
        jdbc.update(
                "update staff_user set password_hash = ? where username = ?",
                passwords.encode("planted-password"),
                login);
        session(login, "planted-password").spec(unauthenticated());
        assertThat(identity.checkPassword(login, "planted-password")).isFalse();
    }

    @Test
    void aLocalAccountBecomesTheDirectorysWhenItsOwnerLogsInWithTheDirectorysPassword() {
        String login = "local." + System.nanoTime();
        transactions.executeWithoutResult(status -> setup.addStaff(
                login,
                "本地 账号",
                passwords.encode("local-password"),
                organisation.unit("petition-640000").orElseThrow(),
                EnumSet.of(Role.CLERK)));
        session(login, "local-password").statusCode(200).body("roles", containsInAnyOrder("CLERK"));

        directory.addUser(login, "目录 接管", SECRET, "xinfang-handlers", "psb-640104");
        session(login, SECRET)
                .statusCode(200)
                .body("unit", equalTo(XINGQING))
                .body("roles", containsInAnyOrder("HANDLER"));
        session(login, "local-password").spec(unauthenticated());
    }

    @Test
    void administratorsCannotSetTheUnitRolesOrPasswordOfADirectoryAccount() {
        String login = directoryUser("目录 管理", "xinfang-handlers", "psb-640104");
        session(login, SECRET).statusCode(200);
        api.as(Logins.ADMIN)
                .get("/admin/staff/{username}", login)
                .then()
                .statusCode(200)
                .body("directoryAccount", equalTo(true));

        api.as(Logins.ADMIN)
                .body(Map.of("password", "a-new-password-1"))
                .put("/admin/staff/{username}/password", login)
                .then()
                .spec(problem(409, "conflicting-input"))
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].code", equalTo("organization.directory-password"));
        api.as(Logins.ADMIN)
                .body(Map.of("roles", new String[] {"ADMIN"}))
                .put("/admin/staff/{username}/roles", login)
                .then()
                .spec(problem(409, "conflicting-input"))
                .body("errors[0].field", equalTo("roles"));
        api.as(Logins.ADMIN)
                .body(Map.of("unit", "psb-640105"))
                .put("/admin/staff/{username}/unit", login)
                .then()
                .spec(problem(409, "conflicting-input"))
                .body("errors[0].field", equalTo("unit"));
        api.anonymous()
                .auth()
                .preemptive()
                .basic(login, SECRET)
                .body(Map.of("currentPassword", SECRET, "newPassword", "a-new-password-1"))
                .post("/session/password")
                .then()
                .spec(problem(409, "conflicting-input"))
                .body("errors[0].field", equalTo("newPassword"));
        session(login, SECRET).statusCode(200).body("roles", containsInAnyOrder("HANDLER"));
    }

    @Test
    void theHealthEndpointSaysWhetherTheDirectoryAnswers() {
        given().port(port)
                .get("/actuator/health")
                .then()
                .statusCode(200)
                .body("components.directory.status", equalTo("UP"));
    }

    private String directoryUser(String displayName, String... groups) {
        String login = "dir." + System.nanoTime();
        directory.addUser(login, displayName, SECRET, groups);
        return login;
    }

    private ValidatableResponse session(String login, String password) {
        return api.anonymous()
                .auth()
                .preemptive()
                .basic(login, password)
                .get("/session")
                .then();
    }
}
