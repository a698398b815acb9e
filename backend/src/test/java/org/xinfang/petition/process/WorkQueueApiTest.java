package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.JINFENG_REGION;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.unauthenticated;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Pages;

class WorkQueueApiTest extends ApiTest {

    @Test
    void theClerkSeesANewCaseAsATriageItem() {
        String number = complaints.file();

        var item = Pages.item(() -> api.as(CLERK), "/work-queue", number);

        assertThat(item)
                .containsEntry("stage", "TRIAGE")
                .containsEntry("status", "PENDING_TRIAGE")
                .containsEntry("region", "640104")
                .containsEntry("assignee", null)
                // filed on Monday 2026-06-01 with 15 days to decide: working days 06-01 to 06-16 remain, both included
                .containsEntry("remainingWorkingDays", 12);
        assertThat(item.get("dueAt")).isNotNull();
        assertThat(item.get("taskId")).isNotNull();
    }

    @Test
    void aBureauHandlerSeesTheCasesDispatchedToTheirBureauButNotAnothers() {
        String ours = complaints.dispatched();
        String theirs = complaints.dispatchedIn(JINFENG_REGION);

        var queue = queue(XINGQING_HANDLER, null);

        assertThat(Pages.values(queue, "trackingNumber")).contains(ours).doesNotContain(theirs);
        assertThat(Pages.values(queue, "bureau")).containsOnly(XINGQING);
        assertThat(Pages.values(queue(JINFENG_HANDLER, null), "trackingNumber"))
                .contains(theirs)
                .doesNotContain(ours);
    }

    @Test
    void theStageFilterKeepsOnlyThatStage() {
        String waiting = complaints.file();
        String accepted = complaints.accepted();

        var dispatchQueue = queue(CLERK, "DISPATCH");

        assertThat(Pages.values(dispatchQueue, "trackingNumber"))
                .contains(accepted)
                .doesNotContain(waiting);
        assertThat(Pages.values(dispatchQueue, "stage")).containsOnly("DISPATCH");
    }

    @Test
    void aCaseLeavesTheQueueOnceItsTaskIsDone() {
        String number = complaints.accepted();

        assertThat(Pages.values(queue(CLERK, "TRIAGE"), "trackingNumber")).doesNotContain(number);
    }

    @Test
    void theQueueComesInPages() {
        complaints.file();
        complaints.file();

        var page = api.as(CLERK)
                .queryParam("size", 1)
                .get("/work-queue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(page.getList("content")).hasSize(1);
        assertThat(page.getLong("page.totalElements"))
                .isGreaterThanOrEqualTo(2)
                .isEqualTo(api.as(CLERK)
                        .get("/work-queue")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("page.totalElements"));
    }

    @Test
    void anOperatorHasAnEmptyQueue() {
        complaints.file();

        assertThat(queue(OPERATOR, null)).isEmpty();
    }

    @Test
    void anUnknownStageIsRefusedNamingIt() {
        api.as(CLERK)
                .queryParam("stage", "LUNCH")
                .get("/work-queue")
                .then()
                .spec(invalidField("stage", "constraint.unreadable"));
    }

    @Test
    void theQueueNeedsCredentials() {
        api.anonymous().get("/work-queue").then().spec(unauthenticated());
    }

    /** The login's whole queue, of one stage unless {@code stage} is null. */
    private List<Map<String, Object>> queue(String login, String stage) {
        return Pages.every(
                () -> stage == null ? api.as(login) : api.as(login).queryParam("stage", stage), "/work-queue");
    }
}
