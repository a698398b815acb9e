package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.WebappSession;

/** An open task offered as an older model offered it gets, once, the candidates the models give it now. */
class CandidatesFromRecordsTest extends ApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private CandidatesFromRecords upgrade;

    @Autowired
    private ManagementService management;

    @Test
    void aReviewOfferedToEveryInspectorIsOfferedToTheInspectorsAboveItsBureauAfterTheUpgrade() {
        String number = complaints.underReview();
        Task review = openTask(number, Stage.INSPECTOR_REVIEW);
        candidateGroups(review).forEach(group -> taskService.deleteCandidateGroup(review.getId(), group));
        taskService.addCandidateGroup(review.getId(), "inspector");
        management.deleteProperty(CandidatesFromRecords.DONE);

        upgrade.run(null);

        assertThat(candidateGroups(review))
                .containsExactlyInAnyOrder("inspector@psb-640104", "inspector@psb-640100", "inspector@psb-640000");
        WebappSession otherCity = new WebappSession(port);
        otherCity.logIn("tasklist", "inspector.dawukou", Api.PASSWORD).then().statusCode(200);
        otherCity
                .engine()
                .queryParam("processInstanceBusinessKey", number)
                .get("/task")
                .then()
                .statusCode(200)
                .body("", empty());
        assertThat(management.getProperties()).containsKey(CandidatesFromRecords.DONE);
    }

    @Test
    void tasksOfferedAsTheModelsOfferThemAreLeftAsTheyAre() {
        String number = complaints.signedFor();
        Task draft = openTask(number, Stage.HANDLING);
        List<String> before = candidateGroups(draft);
        management.deleteProperty(CandidatesFromRecords.DONE);

        upgrade.run(null);

        assertThat(candidateGroups(draft))
                .containsExactlyInAnyOrderElementsOf(before)
                .containsExactlyInAnyOrder("handler@psb-640104", "bureau-leader@psb-640104");
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
