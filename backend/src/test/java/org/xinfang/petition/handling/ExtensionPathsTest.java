package org.xinfang.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.handling.ExtensionRequest.Status;
import org.xinfang.petition.process.ComplaintProcess.ExtensionPath;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.ProcessRoutes;

/**
 * Every path through the extension subprocess, and the request's status that the model declares at each step
 * ({@code extensionStatus}): the leader, then the office, each approving or refusing.
 */
@PetitionTest
class ExtensionPathsTest {

    static final String LEADER = Stage.EXTENSION_LEADER_APPROVAL.taskKey();
    static final String OFFICE = Stage.EXTENSION_OFFICE_APPROVAL.taskKey();

    @Autowired
    Casework casework;

    @Autowired
    ProcessRoutes routes;

    @Autowired
    EngineTime time;

    @Autowired
    Cases cases;

    @Autowired
    ExtensionRequestRepository requests;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        time.stopAt(LocalDateTime.parse("2026-06-01T09:00")
                .atZone(PinnedClock.BEIJING)
                .toInstant());
        api = new Api(port);
    }

    @AfterEach
    void resetTheClock() {
        time.reset();
    }

    @Test
    void aRequestWaitsForTheLeaderThenTheOfficeAndIsGrantedWhenBothApprove() {
        String number = inHandling();

        request(number).then().statusCode(204);
        routes.of(number).isWaitingAt(Stage.HANDLING.taskKey(), LEADER);
        assertThat(latest(number).getStatus()).isEqualTo(Status.PENDING_LEADER);

        decide(XINGQING_LEADER, number, true).then().statusCode(204);
        routes.of(number).isWaitingAt(Stage.HANDLING.taskKey(), OFFICE);
        assertThat(latest(number).getStatus()).isEqualTo(Status.PENDING_OFFICE);

        decide(CLERK, number, true).then().statusCode(204);
        routes.of(number)
                .hasPassed(ExtensionPath.GRANT, ExtensionPath.GRANTED)
                .hasNotPassed(ExtensionPath.REFUSED_BY_LEADER, ExtensionPath.REFUSED_BY_OFFICE);
        ExtensionRequest granted = latest(number);
        assertThat(granted.getStatus()).isEqualTo(Status.GRANTED);
        assertThat(granted.getNewDueAt()).isNotNull();
    }

    @Test
    void theLeadersRefusalEndsTheRequestBeforeTheOfficeSeesIt() {
        String number = inHandling();

        request(number).then().statusCode(204);
        decide(XINGQING_LEADER, number, false).then().statusCode(204);

        routes.of(number)
                .isWaitingAt(Stage.HANDLING.taskKey())
                .hasPassed(ExtensionPath.REFUSED_BY_LEADER)
                .hasNotPassed(OFFICE, ExtensionPath.GRANT);
        ExtensionRequest refused = latest(number);
        assertThat(refused.getStatus()).isEqualTo(Status.REFUSED);
        assertThat(refused.getNewDueAt()).isNull();
    }

    @Test
    void theOfficesRefusalEndsARequestTheLeaderApproved() {
        String number = inHandling();

        request(number).then().statusCode(204);
        decide(XINGQING_LEADER, number, true).then().statusCode(204);
        decide(CLERK, number, false).then().statusCode(204);

        routes.of(number)
                .isWaitingAt(Stage.HANDLING.taskKey())
                .hasPassed(ExtensionPath.REFUSED_BY_OFFICE)
                .hasNotPassed(ExtensionPath.GRANT);
        assertThat(latest(number).getStatus()).isEqualTo(Status.REFUSED);

        request(number).then().statusCode(204);
        assertThat(latest(number).getStatus())
                .as("a new request after a refusal")
                .isEqualTo(Status.PENDING_LEADER);
    }

    private String inHandling() {
        return casework.signedFor(casework.file(Category.POLICE_CONDUCT, Urgency.NORMAL, XINGQING_REGION));
    }

    private Response request(String number) {
        return api.as(XINGQING_HANDLER)
                .body(Map.of("amount", 5, "reason", "需调取监控录像核实"))
                .post("/complaints/{number}/extension-requests", number);
    }

    private Response decide(String login, String number, boolean approved) {
        return api.as(login)
                .body(approved ? Map.of("approved", true) : Map.of("approved", false, "comment", "理由不充分"))
                .post("/complaints/{number}/extension-approval", number);
    }

    private ExtensionRequest latest(String number) {
        Long complaintId = cases.get(number).getId();
        return requests.findFirstByComplaintIdOrderByIdDesc(complaintId).orElseThrow();
    }
}
