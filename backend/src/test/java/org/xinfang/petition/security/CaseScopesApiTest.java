package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Problems.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.Pages;

/**
 * The lists show each role the cases of its scope and no others: a bureau its own, an inspector those of their
 * unit and the units below it (and the undispatched cases of their region), the office and the province all.
 */
class CaseScopesApiTest extends ApiTest {

    private static final String XINGQING_INSPECTOR = "inspector.xingqing";
    private static final String YINCHUAN_INSPECTOR = "inspector.yinchuan";
    private static final String DAWUKOU = "640202";

    @Test
    void anInspectorListsTheCasesOfTheirUnitAndTheUnitsBelowIt() {
        String xingqing = complaints.dispatchedIn(Logins.XINGQING_REGION);
        String jinfeng = complaints.dispatchedIn(Logins.JINFENG_REGION);
        String dawukou = complaints.dispatchedIn(DAWUKOU);

        assertThat(listedFor(XINGQING_INSPECTOR)).contains(xingqing).doesNotContain(jinfeng, dawukou);
        assertThat(listedFor(YINCHUAN_INSPECTOR)).contains(xingqing, jinfeng).doesNotContain(dawukou);
        assertThat(listedFor(Logins.INSPECTOR)).contains(xingqing, jinfeng, dawukou);
        assertThat(listedFor(Logins.CLERK)).contains(xingqing, jinfeng, dawukou);
    }

    @Test
    void anInspectorSeesTheUndispatchedCasesOfTheirRegion() {
        String jinfeng = complaints.fileIn(Logins.JINFENG_REGION);
        String dawukou = complaints.fileIn(DAWUKOU);

        assertThat(listedFor(YINCHUAN_INSPECTOR)).contains(jinfeng).doesNotContain(dawukou);
        assertThat(listedFor(XINGQING_INSPECTOR)).doesNotContain(jinfeng, dawukou);
        api.as(YINCHUAN_INSPECTOR).get("/complaints/{n}", jinfeng).then().statusCode(200);
        api.as(YINCHUAN_INSPECTOR).get("/complaints/{n}", dawukou).then().spec(problem(404, "case.not-found"));
    }

    @Test
    void aBureauListsOnlyTheCasesDispatchedToIt() {
        String xingqing = complaints.dispatchedIn(Logins.XINGQING_REGION);
        String jinfeng = complaints.dispatchedIn(Logins.JINFENG_REGION);
        String undispatched = complaints.fileIn(Logins.XINGQING_REGION);

        assertThat(listedFor(Logins.XINGQING_HANDLER)).contains(xingqing).doesNotContain(jinfeng, undispatched);
        assertThat(listedFor(Logins.XINGQING_LEADER)).contains(xingqing).doesNotContain(jinfeng, undispatched);
    }

    @Test
    void anOperatorEntersCasesButBrowsesNone() {
        String number = complaints.file();

        api.as(Logins.OPERATOR).get("/complaints").then().spec(problem(403, "access-denied"));
        api.as(Logins.OPERATOR).get("/complaints/{n}", number).then().spec(problem(404, "case.not-found"));
    }

    @Test
    void aCaseOutsideTheScopeAnswersEveryActionLikeAnUnknownCase() {
        String jinfeng = complaints.dispatchedIn(Logins.JINFENG_REGION);

        complaints.post(Logins.XINGQING_HANDLER, jinfeng, "sign-for", Map.of()).spec(problem(404, "case.not-found"));
        complaints
                .post(Logins.XINGQING_HANDLER, "XF-UNKNOWN-1", "sign-for", Map.of())
                .spec(problem(404, "case.not-found"));
        assertThat(openTask(jinfeng, Stage.SIGN_FOR).getAssignee()).isNull();
    }

    @Test
    void anInspectorsWorkQueueHoldsOnlyTheReviewsOfTheirScope() {
        String review = complaints.underReview();

        assertThat(queuedFor(Logins.INSPECTOR)).contains(review);
        assertThat(queuedFor(YINCHUAN_INSPECTOR)).contains(review);
        assertThat(queuedFor("inspector.shizuishan")).doesNotContain(review);
    }

    @Test
    void aDepartmentAndAnInspectorSeeTheConsultationsOfTheirScope() {
        String xingqing = ask(Logins.XINGQING_REGION);
        String dawukou = ask(DAWUKOU);

        assertThat(consultationsFor(Logins.XINGQING_HANDLER)).contains(xingqing).doesNotContain(dawukou);
        assertThat(consultationsFor(YINCHUAN_INSPECTOR)).contains(xingqing).doesNotContain(dawukou);
        assertThat(consultationsFor(Logins.CLERK)).contains(xingqing, dawukou);
        api.as(YINCHUAN_INSPECTOR)
                .get("/consultations/{n}", dawukou)
                .then()
                .spec(problem(404, "consultation.not-found"));
    }

    private List<String> listedFor(String login) {
        return Pages.trackingNumbers(() -> api.as(login), "/complaints");
    }

    private List<String> queuedFor(String login) {
        return Pages.trackingNumbers(() -> api.as(login), "/work-queue");
    }

    private List<Object> consultationsFor(String login) {
        return Pages.values(Pages.every(() -> api.as(login), "/consultations", 100), "trackingNumber");
    }

    private String ask(String region) {
        return api.anonymous()
                .body(Map.of("category", "HOUSEHOLD_REGISTRATION", "region", region, "question", "办理居住证需要准备哪些材料？"))
                .post("/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");
    }
}
