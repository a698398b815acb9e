package org.xinfang.petition.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.notFound;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PinnedClock;

class LikelyRepeatsApiTest extends ApiTest {

    static final String NOISE = "小区周边夜间噪声扰民报警后无人处理";
    static final String NOISE_DETAILS = "多次拨打110反映小区旁烧烤摊深夜噪声扰民，出警后无改善。";
    static final String NOISE_AGAIN = "再次反映小区夜间噪声扰民";
    static final String NOISE_AGAIN_DETAILS = "上次反映的烧烤摊噪声问题仍未解决，烧烤摊每晚营业到凌晨。";

    @Test
    void theSameComplainantsSimilarMatterWithinTheWindowIsSuggested() {
        String person = Complainants.newIdNumber();
        PinnedClock.pinAt("2026-03-10T10:00");
        String original = fileBy(person, NOISE, NOISE_DETAILS);
        PinnedClock.pinAt(PinnedClock.BASE);
        String repeat = fileBy(person, NOISE_AGAIN, NOISE_AGAIN_DETAILS);

        JsonPath suggestions = likelyRepeats(repeat);

        assertThat(numbers(suggestions)).containsExactly(original);
        assertThat(suggestions.getString("[0].subject")).isEqualTo(NOISE);
        assertThat(suggestions.getString("[0].status")).isEqualTo("PENDING_TRIAGE");
        assertThat(suggestions.getBoolean("[0].mergeable")).isTrue();
        assertThat(suggestions.getString("[0].receivedAt")).startsWith("2026-03-10");
        assertThat(suggestions.getDouble("[0].score")).isBetween(0.35, 1.0);
    }

    @Test
    void theMostSimilarOriginalComesFirst() {
        String person = Complainants.newIdNumber();
        String similar = fileBy(person, NOISE, NOISE_DETAILS);
        String same = fileBy(person, NOISE_AGAIN, NOISE_AGAIN_DETAILS);
        String repeat = fileBy(person, NOISE_AGAIN, NOISE_AGAIN_DETAILS);

        assertThat(numbers(likelyRepeats(repeat))).containsExactly(same, similar);
        assertThat(likelyRepeats(repeat).getDouble("[0].score")).isEqualTo(1.0);
    }

    @Test
    void anotherComplainantsSimilarMatterIsNotSuggested() {
        fileBy(Complainants.newIdNumber(), NOISE, NOISE_DETAILS);
        String repeat = fileBy(Complainants.newIdNumber(), NOISE_AGAIN, NOISE_AGAIN_DETAILS);

        assertThat(likelyRepeats(repeat).getList("$")).isEmpty();
    }

    @Test
    void theSameComplainantsDissimilarMatterIsNotSuggested() {
        String person = Complainants.newIdNumber();
        fileBy(person, "交通事故认定迟迟未出", "今年1月在兴庆区发生交通事故，至今两个月未出具事故认定书。");
        String other = fileBy(person, NOISE_AGAIN, NOISE_AGAIN_DETAILS);

        assertThat(likelyRepeats(other).getList("$")).isEmpty();
    }

    @Test
    void aCaseFiledBeforeTheWindowOrAfterTheCaseIsNotSuggested() {
        String person = Complainants.newIdNumber();
        PinnedClock.pinAt("2026-02-20T10:00");
        String february = fileBy(person, NOISE, NOISE_DETAILS);
        PinnedClock.pinAt("2026-05-01T10:00");
        String may = fileBy(person, NOISE_AGAIN, NOISE_AGAIN_DETAILS);
        PinnedClock.pinAt(PinnedClock.BASE);
        String june = fileBy(person, NOISE, NOISE_DETAILS);

        assertThat(numbers(likelyRepeats(may)))
                .as("70 days before, not the one after")
                .containsExactly(february);
        assertThat(numbers(likelyRepeats(june)))
                .as("101 days before is outside the 90-day window")
                .containsExactly(may);
    }

    @Test
    void theClerkSeesTheLikelyRepeatsInTheCaseDetail() {
        String person = Complainants.newIdNumber();
        String original = fileBy(person, NOISE, NOISE_DETAILS);
        String repeat = fileBy(person, NOISE_AGAIN, NOISE_AGAIN_DETAILS);

        assertThat(complaints.detail(repeat).getList("likelyRepeats.trackingNumber"))
                .containsExactly(original);
        JsonPath asInspector = api.as(INSPECTOR)
                .get("/complaints/{number}", repeat)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(asInspector.getMap("$")).containsKey("likelyRepeats");
        assertThat(asInspector.getList("likelyRepeats"))
                .as("only the petition office sees them")
                .isNull();
    }

    @Test
    void onlyThePetitionOfficeMayAskForLikelyRepeats() {
        String number = complaints.dispatched();

        api.as(XINGQING_HANDLER)
                .get("/complaints/{number}/likely-repeats", number)
                .then()
                .spec(problem(403, "access-denied"));
        api.as(INSPECTOR)
                .get("/complaints/{number}/likely-repeats", number)
                .then()
                .spec(problem(403, "access-denied"));
    }

    @Test
    void likelyRepeatsOfAnUnknownCaseAreNotFound() {
        api.as(CLERK)
                .get("/complaints/{number}/likely-repeats", Complaints.UNKNOWN_NUMBER)
                .then()
                .spec(notFound());
    }

    private String fileBy(String idNumber, String subject, String content) {
        return complaints
                .file(Complainants.complaint(idNumber, subject, content))
                .getString("trackingNumber");
    }

    private JsonPath likelyRepeats(String number) {
        return api.as(CLERK)
                .get("/complaints/{number}/likely-repeats", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> numbers(JsonPath path) {
        return path.getList("trackingNumber", String.class);
    }
}
