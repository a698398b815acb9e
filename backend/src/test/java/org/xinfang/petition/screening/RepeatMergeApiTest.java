package org.xinfang.petition.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.screening.LikelyRepeatsApiTest.NOISE;
import static org.xinfang.petition.screening.LikelyRepeatsApiTest.NOISE_AGAIN;
import static org.xinfang.petition.screening.LikelyRepeatsApiTest.NOISE_AGAIN_DETAILS;
import static org.xinfang.petition.screening.LikelyRepeatsApiTest.NOISE_DETAILS;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.PinnedClock;

/** 重复件并单 from a suggestion, and the repeat-petition indicator (重复信访率) that counts the merges. */
class RepeatMergeApiTest extends ApiTest {

    /** A day no other test files on, so that its counts are this test's own. */
    private static final String DAY = "2026-04-14";

    @Test
    void aSuggestedOriginalIsMergedAndTheComplainantReadsItsProgress() {
        String person = Complainants.newIdNumber();
        String original = file(person, NOISE, NOISE_DETAILS).getString("trackingNumber");
        complaints.dispatch(complaints.accept(original));
        JsonPath repeat = file(person, NOISE_AGAIN, NOISE_AGAIN_DETAILS);
        String number = repeat.getString("trackingNumber");

        String suggested = api.as(CLERK)
                .get("/complaints/{number}/likely-repeats", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.mergeable }.trackingNumber");
        complaints.act(CLERK, number, "triage", Map.of("decision", "MERGE", "originalTrackingNumber", suggested));
        complaints.approveRefusal(number);

        assertThat(suggested).isEqualTo(original);
        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("MERGED");
        assertThat(detail.getString("repeatOf")).isEqualTo(original);
        assertThat(complaints.detail(original).getList("repeats")).containsExactly(number);
        JsonPath lookup = api.anonymous()
                .body(Map.of("trackingNumber", number, "queryCode", repeat.getString("queryCode")))
                .post("/lookup")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(lookup.getString("status")).isEqualTo("MERGED");
        assertThat(lookup.getString("events[-1].type")).isEqualTo("MERGED_AS_REPEAT");
        assertThat(lookup.getString("events[-1].note")).contains(original, "一并答复");
    }

    @Test
    void mergedRepeatsCountForTheBureauOfTheirOriginalAndTheRegionOfTheRepeat() {
        JsonPath before = indicator(XINGQING_REGION);
        String person = Complainants.newIdNumber();
        PinnedClock.pinAt(DAY + "T10:00");
        String original = file(person, NOISE, NOISE_DETAILS).getString("trackingNumber");
        complaints.dispatch(complaints.accept(original));
        String repeat = file(person, NOISE_AGAIN, NOISE_AGAIN_DETAILS).getString("trackingNumber");
        complaints.act(CLERK, repeat, "triage", Map.of("decision", "MERGE", "originalTrackingNumber", original));
        complaints.approveRefusal(repeat);
        complaints.file(Complainants.complaint(Complainants.newIdNumber(), NOISE, NOISE_DETAILS));
        complaints.fileIn("640106");
        PinnedClock.pinAt(PinnedClock.BASE);

        JsonPath after = indicator(XINGQING_REGION);

        assertThat(count(after, "total.received") - count(before, "total.received"))
                .isEqualTo(3);
        assertThat(count(after, "total.repeats") - count(before, "total.repeats"))
                .isEqualTo(1);
        String bureau = "byBureau.find { it.code == '" + XINGQING + "' }.counts";
        assertThat(count(after, bureau + ".received") - count(before, bureau + ".received"))
                .isEqualTo(2);
        assertThat(count(after, bureau + ".repeats") - count(before, bureau + ".repeats"))
                .isEqualTo(1);
        String notDispatched = "byBureau.find { it.code == null }.counts";
        assertThat(count(after, notDispatched + ".received") - count(before, notDispatched + ".received"))
                .isEqualTo(1);
        String region = "byRegion.find { it.code == '" + XINGQING_REGION + "' }";
        assertThat(after.getString(region + ".nameZh")).isEqualTo("兴庆区");
        assertThat(count(after, region + ".counts.repeats") - count(before, region + ".counts.repeats"))
                .isEqualTo(1);
        assertThat(after.getList("byRegion.code"))
                .as("only the region asked for")
                .containsOnly(XINGQING_REGION);
        assertThat(after.getDouble("total.rate"))
                .isEqualTo(
                        Math.round(10000.0 * count(after, "total.repeats") / count(after, "total.received")) / 10000.0);
    }

    @Test
    void theIndicatorCountsOnlyComplaintsReceivedInThePeriod() {
        long thatDay = indicator(XINGQING_REGION).getLong("total.received");
        long nextDay = received("2026-04-15");
        PinnedClock.pinAt(DAY + "T23:59");
        complaints.file();
        PinnedClock.pinAt(PinnedClock.BASE);

        assertThat(indicator(XINGQING_REGION).getLong("total.received")).isEqualTo(thatDay + 1);
        assertThat(received("2026-04-15")).isEqualTo(nextDay);
    }

    @Test
    void theIndicatorDefaultsToThisMonthSoFar() {
        JsonPath indicator = api.as(CLERK)
                .get("/indicators/repeat-petitions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(indicator.getString("from")).isEqualTo("2026-06-01");
        assertThat(indicator.getString("to")).isEqualTo("2026-06-01");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheEnd() {
        api.as(CLERK)
                .queryParam("from", "2026-05-02")
                .queryParam("to", "2026-05-01")
                .get("/indicators/repeat-petitions")
                .then()
                .spec(invalidField("to", "indicator.period-reversed"));
    }

    @Test
    void anUnknownRegionIsRefusedNamingIt() {
        api.as(CLERK)
                .queryParam("region", "999999")
                .get("/indicators/repeat-petitions")
                .then()
                .spec(invalidField("region", "constraint.unknown-region"));
    }

    @Test
    void aBureauMayNotReadTheIndicator() {
        api.as(XINGQING_HANDLER).get("/indicators/repeat-petitions").then().spec(problem(403, "access-denied"));
    }

    private long received(String day) {
        return api.as(CLERK)
                .queryParam("from", day)
                .queryParam("to", day)
                .get("/indicators/repeat-petitions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total.received");
    }

    private JsonPath file(String person, String subject, String content) {
        return complaints.file(Complainants.complaint(person, subject, content));
    }

    private JsonPath indicator(String region) {
        return api.as(CLERK)
                .queryParam("from", DAY)
                .queryParam("to", DAY)
                .queryParam("region", region)
                .get("/indicators/repeat-petitions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A count of the indicator; a row that is not there counts nothing. */
    private static long count(JsonPath indicator, String path) {
        Object value = indicator.get(path);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
