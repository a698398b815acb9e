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

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;

class WorkQueueApiTest extends ApiTest {

  @Test
  void theClerkSeesANewCaseAsATriageItem() {
    String number = complaints.file();

    var item = queue(CLERK, null).param("item", number)
        .getMap("content.find { it.trackingNumber == item }");

    assertThat(item).containsEntry("stage", "TRIAGE")
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

    assertThat(trackingNumbers(queue)).contains(ours).doesNotContain(theirs);
    assertThat(queue.getList("content.bureau", String.class)).containsOnly(XINGQING);
    assertThat(trackingNumbers(queue(JINFENG_HANDLER, null))).contains(theirs).doesNotContain(ours);
  }

  @Test
  void theStageFilterKeepsOnlyThatStage() {
    String waiting = complaints.file();
    String accepted = complaints.accepted();

    var dispatchQueue = queue(CLERK, "DISPATCH");

    assertThat(trackingNumbers(dispatchQueue)).contains(accepted).doesNotContain(waiting);
    assertThat(dispatchQueue.getList("content.stage", String.class)).containsOnly("DISPATCH");
  }

  @Test
  void aCaseLeavesTheQueueOnceItsTaskIsDone() {
    String number = complaints.accepted();

    assertThat(trackingNumbers(queue(CLERK, "TRIAGE"))).doesNotContain(number);
  }

  @Test
  void theQueueComesInPages() {
    complaints.file();
    complaints.file();

    var page = api.as(CLERK).queryParam("size", 1).get("/work-queue").then().statusCode(200).extract().jsonPath();

    assertThat(page.getList("content")).hasSize(1);
    assertThat(page.getLong("page.totalElements")).isGreaterThanOrEqualTo(2)
        .isEqualTo(queue(CLERK, null).getLong("page.totalElements"));
  }

  @Test
  void anOperatorHasAnEmptyQueue() {
    complaints.file();

    assertThat(queue(OPERATOR, null).getList("content")).isEmpty();
  }

  @Test
  void anUnknownStageIsRefusedNamingIt() {
    api.as(CLERK).queryParam("stage", "LUNCH").get("/work-queue").then()
        .spec(invalidField("stage", "constraint.unreadable"));
  }

  @Test
  void theQueueNeedsCredentials() {
    api.anonymous().get("/work-queue").then().spec(unauthenticated());
  }

  private JsonPath queue(String login, String stage) {
    var request = api.as(login).queryParam("size", EVERYTHING);
    if (stage != null) {
      request.queryParam("stage", stage);
    }
    return request.get("/work-queue").then().statusCode(200).extract().jsonPath();
  }
}
