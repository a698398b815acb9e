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

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Pages;
import org.xinfang.petition.support.PinnedClock;

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
    void theQueueIsReadInTheOrderAsked() {
        String older = complaints.file();
        PinnedClock.pinAt("2026-06-03T09:00");
        String newer = complaints.file();

        List<String> dueFirst = trackingNumbers(CLERK, "TRIAGE", null);
        List<String> dueLast = trackingNumbers(CLERK, "TRIAGE", "dueAt,desc");
        var newestFirst = queue(CLERK, "TRIAGE", "createdAt,desc");
        var oldestFirst = queue(CLERK, "TRIAGE", "createdAt,asc");

        assertThat(dueFirst.indexOf(older)).isLessThan(dueFirst.indexOf(newer));
        assertThat(dueLast.indexOf(newer)).isLessThan(dueLast.indexOf(older));
        assertThat(Pages.values(newestFirst, "trackingNumber").indexOf(newer))
                .isLessThan(Pages.values(newestFirst, "trackingNumber").indexOf(older));
        assertThat(createdAt(newestFirst)).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(createdAt(oldestFirst)).isSorted();
    }

    @Test
    void theOverdueFilterKeepsOnlyTasksPastTheirDueDate() {
        String late = complaints.file();
        PinnedClock.pinAt("2026-07-20T09:00");
        String fresh = complaints.file();

        var overdue = Pages.every(
                () -> api.as(CLERK).queryParam("stage", "TRIAGE").queryParam("overdue", true), "/work-queue");

        assertThat(Pages.values(overdue, "trackingNumber")).contains(late).doesNotContain(fresh);
        assertThat(Pages.values(overdue, "dueAt"))
                .allSatisfy(due -> assertThat(Instant.parse((String) due))
                        .isBefore(PinnedClock.now().toInstant()));
    }

    @Test
    void aSortByAnythingButTheDueDateOrArrivalIsRefusedNamingTheSort() {
        api.as(CLERK)
                .queryParam("sort", "subject,asc")
                .get("/work-queue")
                .then()
                .spec(invalidField("sort", "constraint.sort-property"));
    }

    @Test
    void anUnreadableOverdueFilterIsRefusedNamingIt() {
        api.as(CLERK)
                .queryParam("overdue", "maybe")
                .get("/work-queue")
                .then()
                .spec(invalidField("overdue", "constraint.unreadable"));
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

    /** The login's whole queue of one stage, in the order {@code sort} names (the queue's own when null). */
    private List<Map<String, Object>> queue(String login, String stage, String sort) {
        return Pages.every(
                () -> sort == null
                        ? api.as(login).queryParam("stage", stage)
                        : api.as(login).queryParam("stage", stage).queryParam("sort", sort),
                "/work-queue");
    }

    private List<String> trackingNumbers(String login, String stage, String sort) {
        return Pages.values(queue(login, stage, sort), "trackingNumber").stream()
                .map(String.class::cast)
                .toList();
    }

    private static List<Instant> createdAt(List<Map<String, Object>> queue) {
        return Pages.values(queue, "createdAt").stream()
                .map(at -> Instant.parse((String) at))
                .toList();
    }

    /** The login's whole queue, of one stage unless {@code stage} is null. */
    private List<Map<String, Object>> queue(String login, String stage) {
        return Pages.every(
                () -> stage == null ? api.as(login) : api.as(login).queryParam("stage", stage), "/work-queue");
    }
}
