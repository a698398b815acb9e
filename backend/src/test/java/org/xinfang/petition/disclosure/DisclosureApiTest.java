package org.xinfang.petition.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;
import org.xinfang.petition.support.Complaints;

/**
 * 答复公开: the petition office proposes a replied case's reply for publication; an inspector other than the proposer
 * reviews its confidentiality and approves or refuses it; the published reply holds none of the case's personal
 * data, is listed and searched by everyone, and vanishes when the office withdraws it. Every step audited.
 */
class DisclosureApiTest extends ApiTest {

    private static final String NAME = "张伟";
    private static final String ID_NUMBER = "11010519491231002X";
    private static final String PHONE = "13812345678";
    private static final String ADDRESS = "宁夏银川市兴庆区解放街1号";

    @Autowired
    JdbcTemplate jdbc;

    /** A web complaint of 兴庆区 whose reply was sent; the reply names the complainant as bureaus sometimes do. */
    private String replied(String replyText) {
        String number = complaints.file();
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", replyText));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        return number;
    }

    private String replied() {
        return replied("经调查核实，已对涉事民警批评教育，" + NAME + "同志反映的问题属实。");
    }

    private JsonPath propose(String number, Map<String, Object> body) {
        return api.as(CLERK)
                .body(body)
                .post("/complaints/{n}/disclosures", number)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private long propose(String number) {
        return propose(number, Map.of("reason", "典型案例，公开以便群众了解处理结果")).getLong("id");
    }

    private void review(long id, String login, Map<String, Object> body, int status) {
        api.as(login).body(body).post("/disclosures/{id}/review", id).then().statusCode(status);
    }

    @Test
    void theDraftMasksTheCasesPersonalData() {
        String number = replied();

        JsonPath draft = api.as(CLERK)
                .get("/complaints/{n}/disclosure-draft", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(draft.getString("publicSummary")).contains("民警执法态度问题");
        assertThat(draft.getString("publicReply")).contains("已对涉事民警批评教育").doesNotContain(NAME);
    }

    @Test
    void aPublishedReplyHoldsNoPersonalDataOfTheCaseEvenWhenTheProposerPastedIt() {
        String number = replied();
        String pasted = "投诉人" + NAME + "（身份证" + ID_NUMBER + "，电话" + PHONE + "，住" + ADDRESS + "）反映民警态度问题。";
        long id = propose(
                        number,
                        Map.of(
                                "reason",
                                "典型案例",
                                "publicSummary",
                                pasted,
                                "publicReply",
                                "已答复" + NAME + "，电话 138 1234 5678。"))
                .getLong("id");

        review(id, INSPECTOR, Map.of("approve", true), 200);

        JsonPath published = api.anonymous()
                .get("/public/replies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = published.getList("content");
        Map<String, Object> ours = items.stream()
                .filter(item -> ((Number) item.get("id")).longValue() == id)
                .findFirst()
                .orElseThrow();
        String text = ours.toString();
        assertThat(text).contains("反映民警态度问题").doesNotContain(NAME, ID_NUMBER, PHONE, "1234 5678", ADDRESS, number);
        assertThat(ours).doesNotContainKeys("trackingNumber", "queryCode");
    }

    @Test
    void theAccusedOfficersLoginAndNameAreMaskedToo() {
        Map<String, Object> complaint = Complaints.webComplaint();
        complaint.put("accused", Map.of("officer", "handler.jinfeng"));
        String number = complaints.file(complaint).getString("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(
                XINGQING_HANDLER, number, "reply", Map.of("text", "经核查，银川市公安局金凤区分局 承办人（handler.jinfeng）执法不规范，已批评教育。"));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));

        long id = propose(number);

        String published =
                api.as(CLERK).get("/disclosures/{id}", id).then().extract().path("publicReply");
        assertThat(published).contains("执法不规范，已批评教育").doesNotContain("handler.jinfeng", "银川市公安局金凤区分局 承办人");
    }

    @Test
    void theReviewerMayEditThePublicTextsWhichAreScreenedAgain() {
        String number = replied();
        long id = propose(number);

        api.as(INSPECTOR)
                .body(Map.of("approve", true, "publicReply", "请联系" + NAME + "核实"))
                .post("/disclosures/{id}/review", id)
                .then()
                .spec(invalidField("publicReply", "constraint.personal-data"));
        api.as(INSPECTOR)
                .body(Map.of("approve", true, "publicReply", "电话 0951-1234567"))
                .post("/disclosures/{id}/review", id)
                .then()
                .spec(invalidField("publicReply", "constraint.personal-data"));

        review(id, INSPECTOR, Map.of("approve", true, "publicReply", "已依法处理，涉事民警已受批评教育。"), 200);

        assertThat(api.anonymous()
                        .queryParam("q", "已受批评教育")
                        .get("/public/replies")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("content.id", Long.class))
                .contains(id);
    }

    @Test
    void aRefusalNeedsItsReasonAndFreesTheReplyForANewProposal() {
        String number = replied();
        long id = propose(number);

        api.as(INSPECTOR)
                .body(Map.of("approve", false))
                .post("/disclosures/{id}/review", id)
                .then()
                .spec(invalidField("reason", "constraint.required-for-decision"));
        review(id, INSPECTOR, Map.of("approve", false, "reason", "涉及个人隐私，不宜公开"), 200);

        JsonPath refused =
                api.as(CLERK).get("/disclosures/{id}", id).then().extract().jsonPath();
        assertThat(refused.getString("status")).isEqualTo("REFUSED");
        assertThat(refused.getString("refusalReason")).isEqualTo("涉及个人隐私，不宜公开");
        assertThat(refused.getString("decidedBy")).isEqualTo(INSPECTOR);
        assertThat(publicIds()).doesNotContain(id);
        assertThat(propose(number)).isNotEqualTo(id);
        assertThat(auditActions(number))
                .containsExactlyInAnyOrder("DISCLOSURE_PROPOSED", "DISCLOSURE_REFUSED", "DISCLOSURE_PROPOSED");
    }

    @Test
    void theReviewGoesToTheInspectorsOfTheCaseWithADueDate() {
        String number = replied();
        propose(number);

        Task review = taskService
                .createTaskQuery()
                .processDefinitionKey(DisclosureProcess.KEY)
                .processInstanceBusinessKey(number)
                .singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(DisclosureProcess.Step.REVIEW.taskKey());
        assertThat(review.getDueDate()).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(review.getId()).stream()
                        .map(IdentityLink::getGroupId)
                        .toList())
                .contains("inspector@psb-640104", "inspector@psb-640100", "inspector@psb-640000");
    }

    @Test
    void theProposerMayNotReviewTheirOwnProposalEvenHoldingTheReviewersRole() {
        String both = "disclose." + UUID.randomUUID().toString().substring(0, 8);
        api.as(ADMIN)
                .body(Map.of(
                        "username", both,
                        "displayName", "信访办兼督察",
                        "password", "Disclose-pass-1",
                        "unit", "psb-640000",
                        "roles", List.of("CLERK", "INSPECTOR")))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        String number = replied();
        long id = api.anonymous()
                .auth()
                .preemptive()
                .basic(both, "Disclose-pass-1")
                .body(Map.of("reason", "典型案例"))
                .post("/complaints/{n}/disclosures", number)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        api.anonymous()
                .auth()
                .preemptive()
                .basic(both, "Disclose-pass-1")
                .body(Map.of("approve", true))
                .post("/disclosures/{id}/review", id)
                .then()
                .spec(problem(403, "disclosure.own-proposal"));

        review(id, INSPECTOR, Map.of("approve", true), 200);
    }

    @Test
    void onlyTheOfficeProposesAndOnlyAReplyThatWentOut() {
        String number = complaints.file();
        api.as(CLERK)
                .body(Map.of("reason", "典型案例"))
                .post("/complaints/{n}/disclosures", number)
                .then()
                .spec(problem(409, "disclosure.not-replied"));
        String replied = replied();
        api.as(INSPECTOR)
                .body(Map.of("reason", "典型案例"))
                .post("/complaints/{n}/disclosures", replied)
                .then()
                .statusCode(403);
        api.as(CLERK)
                .body(Map.of("reason", " "))
                .post("/complaints/{n}/disclosures", replied)
                .then()
                .spec(invalidField("reason", "constraint.NotBlank"));
        propose(replied);
        api.as(CLERK)
                .body(Map.of("reason", "再次申请"))
                .post("/complaints/{n}/disclosures", replied)
                .then()
                .spec(problem(409, "disclosure.exists"));
    }

    @Test
    void aWithdrawnReplyVanishesFromThePublicListAndEveryStepIsAudited() {
        String number = replied();
        long id = propose(number);
        review(id, INSPECTOR, Map.of("approve", true), 200);
        assertThat(publicIds()).contains(id);

        api.as(CLERK)
                .body(Map.of())
                .post("/disclosures/{id}/withdrawal", id)
                .then()
                .spec(invalidField("reason", "constraint.NotBlank"));
        api.as(CLERK)
                .body(Map.of("reason", "投诉人要求撤下"))
                .post("/disclosures/{id}/withdrawal", id)
                .then()
                .statusCode(200);

        assertThat(publicIds()).doesNotContain(id);
        api.as(CLERK)
                .body(Map.of("reason", "再次撤回"))
                .post("/disclosures/{id}/withdrawal", id)
                .then()
                .spec(problem(409, "disclosure.not-published"));
        assertThat(auditActions(number))
                .containsExactlyInAnyOrder(
                        "DISCLOSURE_PROPOSED", "DISCLOSURE_APPROVED", "DISCLOSURE_PUBLISHED", "DISCLOSURE_WITHDRAWN");
    }

    @Test
    void aConfidentialCaseIsNeverProposed() {
        Map<String, Object> complaint = Complaints.webComplaint();
        complaint.put("confidential", true);
        String number = complaints.file(complaint).getString("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", "已依法处理。"));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));

        api.as(CLERK)
                .body(Map.of("reason", "典型案例"))
                .post("/complaints/{n}/disclosures", number)
                .then()
                .spec(problem(409, "disclosure.confidential"));
    }

    /** Proposals of one reply at once: one proposal and one review, the others 409; never 500. */
    @RepeatedTest(3)
    void proposalsAtOnceLeaveOneProposal() throws Exception {
        String number = replied();
        Map<String, Object> body = Map.of("reason", "典型案例");
        List<Integer> statuses = AtOnce.fire(
                6,
                () -> api.as(CLERK)
                        .body(body)
                        .post("/complaints/{n}/disclosures", number)
                        .then()
                        .extract()
                        .statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).containsOnlyOnce(201);
        assertThat(taskService
                        .createTaskQuery()
                        .processDefinitionKey(DisclosureProcess.KEY)
                        .processInstanceBusinessKey(number)
                        .count())
                .isEqualTo(1);
    }

    /** Decisions on one proposal at once: one decides it, the others 409; never 500. */
    @RepeatedTest(3)
    void decisionsAtOnceDecideOnce() throws Exception {
        String number = replied();
        long id = propose(number);
        List<String> reviewers = List.of(INSPECTOR, "inspector.yinchuan", "inspector.xingqing");
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String reviewer = reviewers.get(i % reviewers.size());
            Map<String, Object> body = new HashMap<>(Map.of("approve", i % 2 == 0));
            body.put("reason", "不宜公开");
            requests.add(() -> api.as(reviewer)
                    .body(body)
                    .post("/disclosures/{id}/review", id)
                    .then()
                    .extract()
                    .statusCode());
        }
        List<Integer> statuses = AtOnce.fire(requests);
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).containsOnlyOnce(200);
        assertThat(auditActions(number).stream()
                        .filter(action -> action.equals("DISCLOSURE_APPROVED") || action.equals("DISCLOSURE_REFUSED")))
                .hasSize(1);
    }

    private List<Long> publicIds() {
        return api.anonymous()
                .queryParam("size", 100)
                .get("/public/replies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("content.id", Long.class);
    }

    private List<String> auditActions(String number) {
        return jdbc.queryForList(
                "select action from audit_log where tracking_number = ? and action like 'DISCLOSURE_%'",
                String.class, number);
    }
}
