package org.xinfang.petition.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;

class StatusLookupApiTest extends ApiTest {

    private static final String INTERNAL_COMMENT = "内部研判：投诉人曾多次来访";
    private static final String RETURN_REASON = "不属于本单位管辖范围";

    @Test
    void theRightQueryCodeShowsOnlyThePublicPartOfTheCase() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        complaints.act(CLERK, number, "triage", Map.of("decision", "ACCEPT", "comment", INTERNAL_COMMENT));
        complaints.dispatch(number);
        complaints.act(XINGQING_HANDLER, number, "return", Map.of("reason", RETURN_REASON));
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of("comment", INTERNAL_COMMENT));

        var view = lookup(number, filed.getString("queryCode")).statusCode(200).extract();

        assertThat(view.jsonPath().getMap("$"))
                .containsOnlyKeys(
                        "trackingNumber",
                        "status",
                        "subject",
                        "receivedAt",
                        "closedAt",
                        "dueAt",
                        "ownerDesk",
                        "materialRequested",
                        "events",
                        "replyFiles",
                        "rating",
                        "ratable",
                        "reviewOffer");
        assertThat(view.jsonPath().getString("status")).isEqualTo("IN_HANDLING");
        assertThat(view.jsonPath().getString("dueAt")).as("the handling limit").isNotNull();
        assertThat(view.jsonPath().getString("materialRequested")).isNull();
        assertThat(view.jsonPath().getMap("ownerDesk"))
                .as("首问负责: the office's desk, never the clerk")
                .containsOnlyKeys("unitZh", "unitEn")
                .containsEntry("unitZh", "自治区公安厅信访办");
        // The return to the petition office is internal: it is left out.
        assertThat(view.jsonPath().getList("events.type"))
                .containsExactly("REGISTERED", "ACCEPTED", "DISPATCHED", "ACCEPTED", "DISPATCHED", "SIGNED_FOR");
        assertThat(view.jsonPath().getMap("events[0]")).containsOnlyKeys("type", "occurredAt", "note");
        assertThat(view.body().asString())
                .doesNotContain(
                        INTERNAL_COMMENT,
                        RETURN_REASON,
                        CLERK,
                        "王芳",
                        XINGQING_HANDLER,
                        "13812345678",
                        "11010519491231002X");
    }

    @Test
    void theComplainantReadsTheReplyOnceItIsSent() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));

        assertThat(lookup(number, filed.getString("queryCode")).extract().body().asString())
                .as("a reply awaiting approval is not shown")
                .doesNotContain(Complaints.REPLY_TEXT);

        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));

        var view = lookup(number, filed.getString("queryCode"))
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(view.getString("status")).isEqualTo("PENDING_CALLBACK");
        assertThat(view.getString("events.find { it.type == 'REPLIED' }.note")).isEqualTo(Complaints.REPLY_TEXT);
    }

    @Test
    void aWrongQueryCodeAndAnUnknownNumberGetTheSameNotFound() {
        String number = complaints.file();

        String wrongCode = lookup(number, "WRONGCOD")
                .spec(problem(404, "lookup.not-found"))
                .extract()
                .asString();
        String unknownNumber = lookup(Complaints.UNKNOWN_NUMBER, "WRONGCOD")
                .spec(problem(404, "lookup.not-found"))
                .extract()
                .asString();

        assertThat(wrongCode).isEqualTo(unknownNumber);
    }

    @Test
    void aLookupWithoutAQueryCodeIsRefusedNamingIt() {
        api.anonymous()
                .body(Map.of("trackingNumber", complaints.file()))
                .post("/lookup")
                .then()
                .spec(invalidField("queryCode", "constraint.NotBlank"));
    }

    @Test
    void aLookupWithAnOverlongTrackingNumberIsRefusedNamingIt() {
        lookup("X".repeat(41), "ABCDEFGH").spec(invalidField("trackingNumber", "constraint.Size"));
    }

    private ValidatableResponse lookup(String number, String queryCode) {
        return api.anonymous()
                .body(Map.of("trackingNumber", number, "queryCode", queryCode))
                .post("/lookup")
                .then();
    }
}
