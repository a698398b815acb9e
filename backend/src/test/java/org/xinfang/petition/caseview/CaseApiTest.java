package org.xinfang.petition.caseview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.UNKNOWN_NUMBER;
import static org.xinfang.petition.support.Complaints.webComplaintWith;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.JINFENG_LEADER;
import static org.xinfang.petition.support.Logins.JINFENG_REGION;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notFound;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Pages;
import org.xinfang.petition.support.PinnedClock;

class CaseApiTest extends ApiTest {

    private static final String DAWUKOU_REGION = "640202";

    // --- the case list ---

    @Test
    void theStatusFilterListsOnlyCasesOfThatStatus() {
        String waiting = complaints.file();
        String accepted = complaints.accepted();

        var listed = list(CLERK, Map.of("status", "PENDING_DISPATCH"));

        assertThat(Pages.values(listed, "trackingNumber")).contains(accepted).doesNotContain(waiting);
        assertThat(Pages.values(listed, "status")).containsOnly("PENDING_DISPATCH");
    }

    @Test
    void theBureauFilterListsOnlyCasesDispatchedToThatBureau() {
        String xingqing = complaints.dispatched();
        String jinfeng = complaints.dispatchedIn(JINFENG_REGION);

        var listed = list(INSPECTOR, Map.of("bureau", JINFENG));

        assertThat(Pages.values(listed, "trackingNumber")).contains(jinfeng).doesNotContain(xingqing);
        assertThat(Pages.values(listed, "bureau")).containsOnly(JINFENG);
    }

    @Test
    void aCitysRegionFilterIncludesItsCounties() {
        String xingqing = complaints.file();
        String jinfeng = complaints.fileIn(JINFENG_REGION);
        String dawukou = complaints.fileIn(DAWUKOU_REGION);

        var listed = list(CLERK, Map.of("region", "640100"));

        assertThat(Pages.values(listed, "trackingNumber"))
                .contains(xingqing, jinfeng)
                .doesNotContain(dawukou);
        assertThat(Pages.values(listed, "region")).allMatch(region -> ((String) region).startsWith("6401"));
    }

    @Test
    void aCountysRegionFilterListsOnlyThatCounty() {
        String xingqing = complaints.file();
        String jinfeng = complaints.fileIn(JINFENG_REGION);

        var listed = list(CLERK, Map.of("region", JINFENG_REGION));

        assertThat(Pages.values(listed, "trackingNumber")).contains(jinfeng).doesNotContain(xingqing);
        assertThat(Pages.values(listed, "region")).containsOnly(JINFENG_REGION);
    }

    @Test
    void theCategoryFilterListsOnlyThatCategory() {
        String traffic =
                complaints.file(webComplaintWith("category", "TRAFFIC")).getString("trackingNumber");
        String conduct = complaints.file();

        var listed = list(CLERK, Map.of("category", "TRAFFIC"));

        assertThat(Pages.values(listed, "trackingNumber")).contains(traffic).doesNotContain(conduct);
        assertThat(Pages.values(listed, "category")).containsOnly("TRAFFIC");
    }

    @Test
    void theUrgencyFilterListsOnlyThatUrgency() {
        String urgent = complaints.file(webComplaintWith("urgency", "URGENT")).getString("trackingNumber");
        String normal = complaints.file();

        var listed = list(CLERK, Map.of("urgency", "URGENT"));

        assertThat(Pages.values(listed, "trackingNumber")).contains(urgent).doesNotContain(normal);
        assertThat(Pages.values(listed, "urgency")).containsOnly("URGENT");
    }

    @Test
    void theListComesInPagesNewestFirstEvenWhenCasesArriveInTheSameSecond() {
        // One instant for all three, as for cases filed within one second (MySQL keeps no fraction of it); after the
        // newest case of the suite, so that they head the list.
        String newest = api.as(CLERK)
                .queryParam("size", 1)
                .get("/complaints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("content[0].receivedAt");
        Instant ahead =
                newest == null ? PinnedClock.BASE : Instant.parse(newest).plus(Duration.ofMinutes(1));
        List<String> filed =
                atOneInstant(ahead, () -> List.of(complaints.file(), complaints.file(), complaints.file()));

        var page = api.as(CLERK)
                .queryParam("page", 0)
                .queryParam("size", 2)
                .get("/complaints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        var next = api.as(CLERK)
                .queryParam("page", 1)
                .queryParam("size", 2)
                .get("/complaints")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(trackingNumbers(page)).containsExactly(filed.get(2), filed.get(1));
        assertThat(trackingNumbers(next).get(0)).isEqualTo(filed.get(0));
        long total = page.getLong("page.totalElements");
        assertThat(total)
                .isGreaterThanOrEqualTo(3)
                .isEqualTo(list(CLERK, Map.of()).size());
        assertThat(page.getInt("page.size")).isEqualTo(2);
        assertThat(page.getInt("page.number")).isZero();
        assertThat(page.getLong("page.totalPages")).isEqualTo((total + 1) / 2);
    }

    @Test
    void theListCanBeSortedByAKnownProperty() {
        complaints.file();

        var listed = Pages.every(() -> api.as(CLERK).queryParam("sort", "receivedAt,asc"), "/complaints");

        assertThat(Pages.values(listed, "receivedAt")).isSorted();
    }

    @Test
    void theTextFilterFindsACaseByItsTrackingNumberOrByWordsOfItsSubject() {
        String words = "户籍窗口" + UUID.randomUUID().toString().substring(0, 8);
        String number = complaints
                .file(webComplaintWith("subject", "派出所" + words + "办理拖延"))
                .getString("trackingNumber");
        String other = complaints.file();

        assertThat(Pages.values(list(CLERK, Map.of("q", words)), "trackingNumber"))
                .containsExactly(number);
        assertThat(Pages.values(list(CLERK, Map.of("q", number.toLowerCase(Locale.ROOT))), "trackingNumber"))
                .containsExactly(number);
        assertThat(Pages.values(list(CLERK, Map.of("q", "%" + words.substring(1) + "_")), "trackingNumber"))
                .doesNotContain(number, other);
    }

    @Test
    void theReceivedDaysIncludeBothEndsCountedInBeijingTime() {
        PinnedClock.pinAt("2026-06-10T23:30");
        String lateOnTheTenth = complaints.file();
        PinnedClock.pinAt("2026-06-11T00:30");
        String earlyOnTheEleventh = complaints.file();

        var onTheEleventh = list(CLERK, Map.of("receivedFrom", "2026-06-11", "receivedTo", "2026-06-11"));
        var untilTheTenth = list(CLERK, Map.of("receivedTo", "2026-06-10"));

        assertThat(Pages.values(onTheEleventh, "trackingNumber"))
                .contains(earlyOnTheEleventh)
                .doesNotContain(lateOnTheTenth);
        assertThat(Pages.values(onTheEleventh, "receivedAt"))
                .allSatisfy(at -> assertThat(Instant.parse((String) at))
                        .isBetween(Instant.parse("2026-06-10T16:00:00Z"), Instant.parse("2026-06-11T15:59:59Z")));
        assertThat(Pages.values(untilTheTenth, "trackingNumber"))
                .contains(lateOnTheTenth)
                .doesNotContain(earlyOnTheEleventh);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingItsEnd() {
        api.as(CLERK)
                .queryParam("receivedFrom", "2026-06-11")
                .queryParam("receivedTo", "2026-06-10")
                .get("/complaints")
                .then()
                .spec(invalidField("receivedTo", "indicator.period-reversed"));
    }

    @Test
    void aDayThatIsNoIsoDateIsRefusedNamingIt() {
        api.as(CLERK)
                .queryParam("receivedFrom", "11/06/2026")
                .get("/complaints")
                .then()
                .spec(invalidField("receivedFrom", "constraint.unreadable"));
    }

    @Test
    void aSearchLongerThanAnySubjectIsRefusedNamingIt() {
        api.as(CLERK)
                .queryParam("q", "字".repeat(201))
                .get("/complaints")
                .then()
                .spec(invalidField("q", "constraint.Size"));
    }

    @Test
    void sortingByAnUnknownPropertyIsRefusedNamingTheSort() {
        api.as(CLERK)
                .queryParam("sort", "nonsense,desc")
                .get("/complaints")
                .then()
                .spec(invalidField("sort", "constraint.sort-property"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "category", "urgency"})
    void anUnknownValueOfAnEnumeratedFilterIsRefusedNamingTheFilter(String filter) {
        api.as(CLERK)
                .queryParam(filter, "NO_SUCH_VALUE")
                .get("/complaints")
                .then()
                .spec(invalidField(filter, "constraint.unreadable"));
    }

    @Test
    void anUnknownRegionFilterIsRefusedNamingTheRegion() {
        api.as(CLERK)
                .queryParam("region", "999999")
                .get("/complaints")
                .then()
                .spec(invalidField("region", "constraint.unknown-region"));
    }

    @Test
    void aBureauSeesOnlyTheCasesDispatchedToIt() {
        String ours = complaints.dispatched();
        String theirs = complaints.dispatchedIn(JINFENG_REGION);
        String undispatched = complaints.accepted();

        var listed = list(XINGQING_HANDLER, Map.of());

        assertThat(Pages.values(listed, "trackingNumber")).contains(ours).doesNotContain(theirs, undispatched);
        assertThat(Pages.values(listed, "bureau")).containsOnly(XINGQING);
    }

    @Test
    void aBureauAskingForAnotherBureausCasesGetsNone() {
        complaints.dispatchedIn(JINFENG_REGION);

        assertThat(Pages.values(list(XINGQING_HANDLER, Map.of("bureau", JINFENG)), "trackingNumber"))
                .isEmpty();
    }

    @Test
    void operatorsEnterCasesButMayNotBrowseThem() {
        api.as(OPERATOR).get("/complaints").then().spec(problem(403, "access-denied"));
    }

    @Test
    void theListNeedsCredentials() {
        api.anonymous().get("/complaints").then().spec(unauthenticated());
    }

    // --- one case ---

    @Test
    void aCasesDetailHoldsItsWholeRecord() {
        String number = complaints.reopened();

        var detail = complaints.detail(number);

        assertThat(detail.getString("trackingNumber")).isEqualTo(number);
        assertThat(detail.getString("complainant.name")).as("masked").isEqualTo("张*");
        assertThat(detail.getString("complainant.idNumber")).isEqualTo("1101**********002X");
        assertThat(detail.getString("region.code")).isEqualTo("640104");
        assertThat(detail.getString("region.nameZh")).isEqualTo("兴庆区");
        assertThat(detail.getString("currentBureau.code")).isEqualTo(XINGQING);
        assertThat(detail.getString("proposedBureau")).isEqualTo(XINGQING);
        assertThat(detail.getList("timeline.type"))
                .containsExactly(
                        "REGISTERED",
                        "ACCEPTED",
                        "DISPATCHED",
                        "SIGNED_FOR",
                        "REPLY_DRAFTED",
                        "REPLY_APPROVED",
                        "REPLIED",
                        "CALLBACK_RECORDED",
                        "REOPENED");
        assertThat(detail.getList("timeline.actor")).contains(CLERK, XINGQING_HANDLER, XINGQING_LEADER);
        assertThat(detail.getString("replies[0].text")).isEqualTo(Complaints.REPLY_TEXT);
        assertThat(detail.getString("replies[0].status")).isEqualTo("SENT");
        assertThat(detail.getString("callbacks[0].result")).isEqualTo("UNSATISFIED");
        assertThat(detail.getString("callbacks[0].comment")).isEqualTo("群众认为答复未解决问题");
        assertThat(detail.getList("openTasks.stage")).containsExactly("HANDLING");
        assertThat(detail.getString("openTasks[0].dueAt")).isNotNull();
        assertThat(detail.getString("openTasks[0].assignee")).isNull();
    }

    @Test
    void aClosedCaseStillShowsTheBureauThatWasProposed() {
        String number =
                complaints.file(webComplaintWith("region", JINFENG_REGION)).getString("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        complaints.act(JINFENG_LEADER, number, "return", Map.of("reason", "不属于本单位管辖"));
        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "已另案处理"));
        complaints.approveRefusal(number);

        var detail = complaints.detail(number);

        assertThat(detail.getString("status")).isEqualTo("NOT_ACCEPTED");
        assertThat(detail.getString("proposedBureau")).isEqualTo(JINFENG);
        assertThat(detail.getList("openTasks")).isEmpty();
    }

    @Test
    void aBureauSeesTheDetailOfItsOwnCase() {
        String number = complaints.dispatched();

        api.as(XINGQING_HANDLER).get("/complaints/{number}", number).then().statusCode(200);
    }

    @Test
    void anotherBureausCaseLooksUnknownToABureau() {
        String number = complaints.dispatched();

        api.as(JINFENG_LEADER).get("/complaints/{number}", number).then().spec(notFound());
    }

    @Test
    void anUndispatchedCaseLooksUnknownToABureau() {
        String number = complaints.accepted();

        api.as(XINGQING_HANDLER).get("/complaints/{number}", number).then().spec(notFound());
    }

    @Test
    void anOperatorCannotOpenACase() {
        api.as(OPERATOR).get("/complaints/{number}", complaints.file()).then().spec(notFound());
    }

    @Test
    void anUnknownCaseIsNotFound() {
        api.as(CLERK).get("/complaints/{number}", UNKNOWN_NUMBER).then().spec(notFound());
    }

    @Test
    void aCasesDetailNeedsCredentials() {
        api.anonymous().get("/complaints/{number}", complaints.file()).then().spec(unauthenticated());
    }

    /** Every case of the list the login sees with the filters. */
    private List<Map<String, Object>> list(String login, Map<String, ?> filters) {
        return Pages.every(() -> api.as(login).queryParams(filters), "/complaints");
    }
}
