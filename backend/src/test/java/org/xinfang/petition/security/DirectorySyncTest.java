package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Problems.unauthenticated;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.TestDirectory;

/**
 * Between logins the directory's word still reaches the accounts it keeps: a leaver is disabled and their bearer
 * token stops at its next request; a change of groups reaches the account without a login; once each, audited.
 */
class DirectorySyncTest extends ApiTest {

    private static final String SECRET = "directory-secret-1";

    @Autowired
    TestDirectory directory;

    @Autowired
    DirectorySync sync;

    @Autowired
    Organisation organisation;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeaverIsDisabledBetweenLoginsAndTheirTokenStopsWorking() {
        String login = directoryUser("目录 离职", "xinfang-handlers", "psb-640104");
        String token = api.anonymous()
                .auth()
                .preemptive()
                .basic(login, SECRET)
                .post("/session/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        bearer(token).statusCode(200);

        directory.removeUser(login);
        DirectorySync.Run run = sync.run();

        assertThat(run.complete()).isTrue();
        assertThat(run.disabled()).isPositive();
        assertThat(organisation.staffMember(login).orElseThrow().isEnabled()).isFalse();
        bearer(token).spec(unauthenticated());
        assertThat(audit(login))
                .containsExactly("STAFF_CREATED", "STAFF_DISABLED")
                .hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where action = 'STAFF_DISABLED' and detail like ?",
                        String.class,
                        "staff " + login + ":%"))
                .contains("no longer in the directory");

        sync.run();
        assertThat(audit(login)).as("disabled once").containsExactly("STAFF_CREATED", "STAFF_DISABLED");
    }

    @Test
    void aChangeOfGroupsReachesTheAccountWithoutALoginAndLosingEveryRoleDisablesIt() {
        String login = directoryUser("目录 调岗", "xinfang-handlers", "psb-640104");
        String other = directoryUser("目录 转出", "xinfang-handlers", "psb-640104");
        session(other).statusCode(200);
        session(login).statusCode(200).body("roles", containsInAnyOrder("HANDLER"));

        directory.join(login, "xinfang-leaders");
        directory.leave(other, "xinfang-handlers");
        sync.run();

        assertThat(organisation.staffMember(login).orElseThrow().getRoles())
                .extracting(Enum::name)
                .containsExactlyInAnyOrder("HANDLER", "BUREAU_LEADER");
        assertThat(organisation.staffMember(other).orElseThrow().isEnabled()).isFalse();
        session(other).spec(unauthenticated());
        session(login).statusCode(200).body("displayName", equalTo("目录 调岗"));
    }

    private List<String> audit(String login) {
        return jdbc.queryForList(
                "select action from audit_log where detail like ? order by id", String.class, "staff " + login + ":%");
    }

    private String directoryUser(String displayName, String... groups) {
        String login = "sync." + System.nanoTime();
        directory.addUser(login, displayName, SECRET, groups);
        return login;
    }

    private ValidatableResponse session(String login) {
        return api.anonymous()
                .auth()
                .preemptive()
                .basic(login, SECRET)
                .get("/session")
                .then();
    }

    private ValidatableResponse bearer(String token) {
        return api.anonymous().auth().oauth2(token).get("/session").then();
    }
}
