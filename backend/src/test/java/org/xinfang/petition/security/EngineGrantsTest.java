package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.authorization.TaskPermissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.WebappSession;

/** The engine's grants are made at every start, once each, and reach the tasks opened before they were on. */
class EngineGrantsTest extends ApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private EngineGrants grants;

    @Autowired
    private AuthorizationService authorizations;

    @Autowired
    private ManagementService management;

    @Test
    void aTaskOpenedThroughOurApiGivesItsCandidateGroupTheEnginesTaskPermissions() {
        String task = openTask(complaints.dispatched(), Stage.SIGN_FOR).getId();

        assertThat(taskGrants(task)).containsEntry(Role.HANDLER.groupIdIn(XINGQING), List.of("READ", "UPDATE"));
    }

    @Test
    void aTaskOpenedWhileTheEnginesAuthorizationsWereOffGetsTheirGrantsAtTheNextStart() {
        String number = complaints.dispatched();
        String task = openTask(number, Stage.SIGN_FOR).getId();
        Map<String, List<String>> engineMade = taskGrants(task);
        authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(task)
                .list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        management.deleteProperty(EngineGrants.OPEN_TASKS_GRANTED);

        grants.run(null);

        assertThat(taskGrants(task)).isEqualTo(engineMade);
        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", XINGQING_HANDLER, Api.PASSWORD).then().statusCode(200);
        tasklist.engine().get("/task/{id}", task).then().statusCode(200);
    }

    @Test
    void anotherStartMakesNoSecondGrant() {
        grants.run(null);
        management.deleteProperty(EngineGrants.OPEN_TASKS_GRANTED);
        grants.run(null);

        assertThat(authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(Role.ADMIN.groupId())
                        .count())
                .isEqualTo(Resources.values().length);
        assertThat(authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(Role.HANDLER.groupId())
                        .list())
                .extracting(Authorization::getResourceType, Authorization::getResourceId)
                .containsExactlyInAnyOrder(
                        tuple(Resources.APPLICATION.resourceType(), EngineGrants.TASKLIST),
                        tuple(Resources.FILTER.resourceType(), Authorization.ANY));
        assertThat(management.getProperties()).containsKey(EngineGrants.OPEN_TASKS_GRANTED);
    }

    /** Each grantee's permissions on the task, by user or group. */
    private Map<String, List<String>> taskGrants(String task) {
        return authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task).list().stream()
                .collect(Collectors.toMap(
                        grant -> grant.getGroupId() != null ? grant.getGroupId() : grant.getUserId(),
                        grant -> Arrays.stream(grant.getPermissions(TaskPermissions.values()))
                                .filter(permission ->
                                        permission != TaskPermissions.NONE && permission != TaskPermissions.ALL)
                                .map(Permission::getName)
                                .toList()));
    }
}
