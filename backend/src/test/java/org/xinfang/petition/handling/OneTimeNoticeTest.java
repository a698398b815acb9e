package org.xinfang.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.process.ComplaintProcess.MaterialPath;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.ProcessRoutes;
import org.xinfang.petition.support.Told;

/**
 * 一次性告知: within one handling stage the bureau asks the complainant for material once, listing everything; a
 * second request states its reason and waits for the bureau leader, who approves it (the clock stops) or refuses it
 * with a reason (nothing is asked, the handlers are told); a reopened case is a new stage.
 */
class OneTimeNoticeTest extends ApiTest {

    static final String FIRST = "请提供现场照片及就医票据";
    static final String AGAIN = "请补充提供医院诊断证明";
    static final String WHY = "照片显示另有伤情，需核实";
    static final String LATEST_HANDLING = "deadlines.findAll { it.stage == 'HANDLING' }[-1]";

    @Autowired
    ProcessRoutes routes;

    @Autowired
    RuntimeService runtime;

    @Test
    void theFirstRequestOfTheStageStopsTheClockAtOnce() {
        String number = complaints.signedFor();

        ask(number, Map.of("what", FIRST)).statusCode(204);

        assertThat(clock(number)).isEqualTo("PAUSED");
        routes.of(number).hasPassed(MaterialPath.FIRST_REQUEST, MaterialPath.PAUSE);
        assertThat(complaints.detail(number).getList("timeline.type")).doesNotContain("MATERIAL_REPEAT_REQUESTED");
    }

    @Test
    void aSecondRequestInTheStageNeedsItsReason() {
        String number = suppliedOnce();

        ask(number, Map.of("what", AGAIN)).spec(invalidField("reason", "constraint.required-for-repeat"));

        assertThat(clock(number)).isEqualTo("RUNNING");
        assertThat(pauses(number)).containsExactly(FIRST);
    }

    @Test
    void aSecondRequestWaitsForTheLeaderWhoseApprovalStopsTheClock() {
        String number = suppliedOnce();

        ask(number, Map.of("what", AGAIN, "reason", WHY)).statusCode(204);

        routes.of(number).isWaitingAt(Stage.HANDLING.taskKey(), Stage.MATERIAL_REPEAT_APPROVAL.taskKey());
        assertThat(clock(number)).as("not yet asked").isEqualTo("RUNNING");
        assertThat(complaints
                        .detail(number)
                        .getString("timeline.find { it.type == 'MATERIAL_REPEAT_REQUESTED' }.comment"))
                .isEqualTo(AGAIN + " (" + WHY + ")");
        ask(number, Map.of("what", "再要一份", "reason", WHY))
                .statusCode(409)
                .body("code", equalTo("material.repeat-pending"));
        decide(XINGQING_HANDLER, number, Map.of("approved", true)).statusCode(403);

        decide(XINGQING_LEADER, number, Map.of("approved", true)).statusCode(204);

        assertThat(clock(number)).isEqualTo("PAUSED");
        assertThat(pauses(number)).containsExactly(FIRST, AGAIN);
        assertThat(complaints.detail(number).getList("timeline.type"))
                .containsSubsequence("MATERIAL_REPEAT_REQUESTED", "MATERIAL_REPEAT_APPROVED", "CLOCK_PAUSED");
        assertThat(runtime.getVariables(routes.of(number).processInstanceId())).doesNotContainKey("materialNote");
    }

    @Test
    void aRefusedSecondRequestAsksNothingAndTheHandlersAreToldWhy() {
        String number = suppliedOnce();
        ask(number, Map.of("what", AGAIN, "reason", WHY)).statusCode(204);

        decide(XINGQING_LEADER, number, Map.of("approved", false))
                .spec(invalidField("comment", "constraint.required-for-decision"));
        decide(XINGQING_LEADER, number, Map.of("approved", false, "comment", "现有材料足以认定，不再打扰投诉人"))
                .statusCode(204);

        routes.of(number).isWaitingAt(Stage.HANDLING.taskKey()).hasPassed(MaterialPath.REPEAT_REFUSED);
        assertThat(clock(number)).isEqualTo("RUNNING");
        assertThat(pauses(number)).containsExactly(FIRST);
        assertThat(runtime.getVariables(routes.of(number).processInstanceId())).doesNotContainKey("materialNote");
        assertThat(complaints.detail(number).getList("timeline.type")).endsWith("MATERIAL_REPEAT_REFUSED");
        assertThat(Told.typesAbout(api, XINGQING_HANDLER, number)).contains("MATERIAL_REPEAT_REFUSED");
    }

    @Test
    void aReopenedCaseIsANewStageWhoseFirstRequestNeedsNoApproval() {
        String number = suppliedOnce();
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", "经调查核实，已依法处理。"));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        complaints.act(CLERK, number, "callback", Map.of("result", "UNSATISFIED", "comment", "问题未解决"));

        ask(number, Map.of("what", FIRST)).statusCode(204);

        assertThat(clock(number)).isEqualTo("PAUSED");
    }

    /** Asked once, and the material arrived: the clock runs again within the same stage. */
    String suppliedOnce() {
        String number = complaints.signedFor();
        ask(number, Map.of("what", FIRST)).statusCode(204);
        complaints.act(XINGQING_HANDLER, number, "material-received", Map.of("note", "窗口收到照片"));
        return number;
    }

    ValidatableResponse ask(String number, Map<String, String> body) {
        return complaints.post(XINGQING_HANDLER, number, "material-requests", body);
    }

    ValidatableResponse decide(String login, String number, Map<String, Object> body) {
        return complaints.post(login, number, "material-request-approval", body);
    }

    /** The status of the case's latest handling limit, as the staff API shows it. */
    String clock(String number) {
        return complaints.detail(number).getString(LATEST_HANDLING + ".status");
    }

    /** The reasons the latest handling limit stood still, first first. */
    List<String> pauses(String number) {
        return complaints.detail(number).getList(LATEST_HANDLING + ".pauses.reason");
    }
}
