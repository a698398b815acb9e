package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;

/**
 * Tasklist tells which case a task is about: the engine's own REST API (which Tasklist reads) gives each task the
 * stage's name from the model, the tracking number and the subject, or for a confidential case or a consultation its
 * category and region. The tracking number is the one variable the forms' link reads; the subject never becomes a
 * process variable.
 */
class TaskNamesApiTest extends ApiTest {

    private static final String SUBJECT = "民警执法态度问题";

    @Test
    void aComplaintsTasksCarryTheTrackingNumberAndTheSubjectAfterTheStageName() {
        String number = complaints.file();

        assertThat(taskNames(number)).containsExactly("受理研判 Triage complaint · " + number + " · " + SUBJECT);

        complaints.accept(number);
        assertThat(taskNames(number)).containsExactly("派单 Dispatch to bureau · " + number + " · " + SUBJECT);
    }

    @Test
    void aConfidentialCaseShowsItsCategoryAndRegionInsteadOfItsSubject() {
        String number = complaints
                .file(Complaints.webComplaintWith("confidential", true))
                .getString("trackingNumber");

        assertThat(taskNames(number)).containsExactly("受理研判 Triage complaint · " + number + " · 民警执法执勤及作风 兴庆区");
    }

    @Test
    void aLongSubjectIsCutSoThatTheNameStaysOneLine() {
        String subject = "派出所民警在办理户口迁移业务时多次要求补充材料且未一次性告知所需全部材料";
        String number =
                complaints.file(Complaints.webComplaintWith("subject", subject)).getString("trackingNumber");

        assertThat(taskNames(number))
                .containsExactly("受理研判 Triage complaint · " + number + " · "
                        + subject.substring(0, TaskNames.SUBJECT_LENGTH) + "…");
    }

    @Test
    void aConsultationsTaskShowsItsCategoryAndRegionNeverTheQuestion() {
        Map<String, Object> question = new HashMap<>();
        question.put("category", "HOUSEHOLD_REGISTRATION");
        question.put("region", XINGQING_REGION);
        question.put("question", "办理居住证需要准备哪些材料？");
        String number = api.anonymous()
                .body(question)
                .post("/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        assertThat(taskNames(number)).singleElement().asString().endsWith(" · " + number + " · 户政管理 兴庆区");
    }

    @Test
    void aRareCharacterBeyondTheBasicPlaneIsShownAsTheMissingCharacterMark() {
        String number = complaints
                .file(Complaints.webComplaintWith("subject", "𠮷家门前道路被占用"))
                .getString("trackingNumber");

        assertThat(taskNames(number)).singleElement().asString().endsWith(" · " + number + " · 〓家门前道路被占用");
    }

    @Test
    void aConsultationAboutNoPlaceShowsItsCategoryAlone() {
        String number = api.anonymous()
                .body(Map.of("category", "EXIT_ENTRY", "question", "护照丢失后如何补办？"))
                .post("/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        assertThat(taskNames(number)).singleElement().asString().endsWith(" · " + number + " · 出入境管理");
    }

    @Test
    void theTrackingNumberIsAVariableOfTheInstanceAndTheSubjectIsNot() {
        String number = complaints.file();
        String instance = api.engineRestAs(ADMIN)
                .get("/process-instance?businessKey=" + number)
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");

        JsonPath variables = api.engineRestAs(ADMIN)
                .get("/process-instance/" + instance + "/variables")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(variables.getString(TaskNames.TRACKING_NUMBER + ".value")).isEqualTo(number);
        assertThat(variables.prettify()).doesNotContain(SUBJECT);
    }

    private List<String> taskNames(String businessKey) {
        return api.engineRestAs(ADMIN)
                .get("/task?processInstanceBusinessKey=" + businessKey)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("name", String.class);
    }
}
