package org.xinfang.petition.security;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.xinfang.petition.security.EngineDoorMatrix.Action;
import org.xinfang.petition.security.EngineDoorMatrix.Door;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.WebappSession;

/**
 * The requests of the engine doors' matrix: each action on a task, as a role (null: anonymous), through the
 * webapps' engine API as Tasklist sends them (a session of the role's own, its CSRF token) or through /engine-rest
 * (Basic). One webapp session per role, logged in once.
 */
final class EngineDoorCalls {

    /** A due date no model gives: the one a leader tried to set in Tasklist. */
    private static final String LATER_DUE = "2030-01-01T00:00:00.000+0800";

    private final Api api;
    private final int port;
    private final String filterId;
    private final Map<String, WebappSession> sessions = new HashMap<>();

    EngineDoorCalls(Api api, int port, String filterId) {
        this.api = api;
        this.port = port;
        this.filterId = filterId;
    }

    /** What a request names: a task, the record it belongs to, and the input its form takes. */
    record OnTask(String id, String businessKey, String name, Map<String, Object> form, String foreignVariable) {}

    /** The answers to an action: two lists or two reads where the action has two ways, else one. */
    List<Response> call(Door door, Action action, String role, OnTask task) {
        return switch (action) {
            case LIST ->
                List.of(
                        read(door, role)
                                .queryParam("processInstanceBusinessKey", task.businessKey())
                                .get("/task"),
                        write(door, role)
                                .body(Map.of("processInstanceBusinessKey", task.businessKey()))
                                .post("/filter/{id}/list", filterId));
            case READ_VARIABLES ->
                List.of(
                        read(door, role).get("/task/{id}/variables", task.id()),
                        read(door, role).get("/task/{id}/form-variables", task.id()));
            case CLAIM ->
                List.of(write(door, role).body(Map.of("userId", userId(role))).post("/task/{id}/claim", task.id()));
            case COMPLETE -> List.of(complete(door, role, task, task.form()));
            case COMPLETE_WITH_FOREIGN_VARIABLE -> {
                Map<String, Object> input = new HashMap<>(task.form());
                input.put(task.foreignVariable(), EngineDoorMatrix.ANOTHER_BUREAU);
                yield List.of(complete(door, role, task, input));
            }
            case UPDATE ->
                List.of(write(door, role)
                        .body(Map.of("name", task.name(), "due", LATER_DUE))
                        .put("/task/{id}", task.id()));
            case ADD_IDENTITY_LINK ->
                List.of(write(door, role)
                        .body(Map.of("userId", userId(role), "type", IdentityLinkType.CANDIDATE))
                        .post("/task/{id}/identity-links", task.id()));
        };
    }

    private Response complete(Door door, String role, OnTask task, Map<String, Object> input) {
        Map<String, Object> variables = new HashMap<>();
        input.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return write(door, role).body(Map.of("variables", variables)).post("/task/{id}/complete", task.id());
    }

    private RequestSpecification read(Door door, String role) {
        return door == Door.WEBAPPS ? session(role).engine() : engineRest(role);
    }

    /** A state-changing request: in the webapps with the session's CSRF token. */
    private RequestSpecification write(Door door, String role) {
        return door == Door.WEBAPPS ? session(role).enginePost() : engineRest(role);
    }

    private RequestSpecification engineRest(String role) {
        return (role == null ? api.engineRest() : api.engineRestAs(role)).contentType(ContentType.JSON);
    }

    /** The role's own Tasklist session; an anonymous caller has opened Tasklist's page (and has its token) only. */
    private WebappSession session(String role) {
        return sessions.computeIfAbsent(String.valueOf(role), key -> {
            WebappSession session = new WebappSession(port);
            if (role == null) {
                return session.visit("tasklist");
            }
            session.logIn("tasklist", role, Api.PASSWORD).then().statusCode(200);
            return session;
        });
    }

    /** Whom a claim or a new candidate names: the caller (an anonymous caller names someone). */
    private static String userId(String role) {
        return role == null ? "clerk" : role;
    }
}
