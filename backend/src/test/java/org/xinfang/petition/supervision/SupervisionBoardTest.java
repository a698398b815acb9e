package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;

/**
 * The inspectors' board on 2026-06-01 for 平罗县 (640221), whose cases no other test files: limits that ran out in
 * May, one due tomorrow, a sign-for due the day after, and one with 60 days to go.
 */
@PetitionTest
class SupervisionBoardTest extends AbstractSupervisionTest {

    static final String PINGLUO = "psb-640221";

    @Test
    void theBoardFiltersSortsAndPagesTheOverdueAndAtRiskCasesOfTheInspectorsLevel() {
        // 5 working days each (Labour Day off 05-01..05-05, 05-09 a make-up Saturday)
        PinnedClock.pinAt("2026-05-06T09:00");
        String longOverdue = driver.signedFor("640221", "HOUSEHOLD_REGISTRATION", "handler.pingluo");
        PinnedClock.pinAt("2026-05-20T09:00");
        String overdue = driver.signedFor("640221", "HOUSEHOLD_REGISTRATION", "handler.pingluo");
        PinnedClock.pinAt("2026-05-25T09:00");
        String dueTomorrow = driver.signedFor("640221", "HOUSEHOLD_REGISTRATION", "handler.pingluo");
        PinnedClock.pinAt(PinnedClock.BASE);
        String signForDueAfterTomorrow = driver.dispatched("640221", "TRAFFIC");
        String notAtRisk = driver.signedFor("640221", "POLICE_CONDUCT", "handler.pingluo");

        JsonPath board = board("inspector.pingluo", Map.of());
        assertThat(board.getList("content.trackingNumber"))
                .containsExactly(longOverdue, overdue, dueTomorrow)
                .doesNotContain(notAtRisk);
        assertThat(board.getList("content.remainingWorkingDays", Integer.class)).containsExactly(-14, -3, 1);
        assertThat(board.getList("content.overdue", Boolean.class)).containsExactly(true, true, false);
        assertThat(board.getString("content[0].stage")).isEqualTo("HANDLING");
        assertThat(board.getString("content[0].limit")).isEqualTo("5 working days");
        assertThat(board.getString("content[0].dueAt")).isEqualTo("2026-05-12T16:00:00Z");
        assertThat(board.getString("content[0].bureau.code")).isEqualTo(PINGLUO);
        assertThat(board.getInt("page.totalElements")).isEqualTo(3);

        assertThat(trackingNumbers("inspector.pingluo", Map.of("dueWithin", 2)))
                .containsExactly(longOverdue, overdue, dueTomorrow, signForDueAfterTomorrow);
        assertThat(trackingNumbers("inspector.pingluo", Map.of("minDaysOverdue", 3)))
                .containsExactly(longOverdue, overdue);
        assertThat(trackingNumbers("inspector.pingluo", Map.of("minDaysOverdue", 4)))
                .containsExactly(longOverdue);
        assertThat(trackingNumbers("inspector.pingluo", Map.of("minDaysOverdue", 15)))
                .isEmpty();
        assertThat(trackingNumbers("inspector.pingluo", Map.of("dueWithin", 2, "stage", "SIGN_FOR")))
                .containsExactly(signForDueAfterTomorrow);
        assertThat(trackingNumbers("inspector.pingluo", Map.of("dueWithin", 2, "category", "TRAFFIC")))
                .containsExactly(signForDueAfterTomorrow);
        assertThat(trackingNumbers("inspector.shizuishan", Map.of("region", "640200", "bureau", PINGLUO)))
                .containsExactly(longOverdue, overdue, dueTomorrow);
        assertThat(trackingNumbers("inspector", Map.of("region", "640100", "bureau", PINGLUO)))
                .isEmpty();

        assertThat(trackingNumbers("inspector.pingluo", Map.of("sort", "dueAt,desc")))
                .containsExactly(dueTomorrow, overdue, longOverdue);
        assertThat(trackingNumbers("inspector.pingluo", Map.of("sort", "trackingNumber")))
                .isSortedAccordingTo(String::compareTo);
        JsonPath firstPage = board("inspector.pingluo", Map.of("size", 2));
        assertThat(firstPage.getList("content.trackingNumber")).containsExactly(longOverdue, overdue);
        assertThat(firstPage.getInt("page.totalElements")).isEqualTo(3);
        assertThat(firstPage.getInt("page.totalPages")).isEqualTo(2);
        assertThat(trackingNumbers("inspector.pingluo", Map.of("size", 2, "page", 1)))
                .containsExactly(dueTomorrow);

        // a flagged case shows its supervision: the county's order is awaited
        api.as("inspector.pingluo")
                .body(Map.of("reason", "明日到期，提前督办。"))
                .post("/supervision/cases/{number}/flag", dueTomorrow)
                .then()
                .statusCode(204);
        board = board("inspector.pingluo", Map.of());
        assertThat(board.getString("content[2].supervision.level")).isEqualTo(PINGLUO);
        assertThat(board.getString("content[2].supervision.step")).isEqualTo("ISSUE_ORDER");
        assertThat(board.getString("content[0].supervision")).isNull();
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        refused(Map.of("sort", "subject"), "sort");
        refused(Map.of("minDaysOverdue", 0), "minDaysOverdue");
        refused(Map.of("dueWithin", 21), "dueWithin");
        refused(Map.of("region", "999999"), "region");
        refused(Map.of("stage", "LUNCH"), "stage");
        api.as("inspector")
                .queryParam("minDaysOverdue", 0)
                .get("/supervision/board")
                .then()
                .body("errors[0].message", is("最少超期工作日不能小于 1"))
                .body("errors[0].messageEn", is("minimum working days overdue must be at least 1"));
    }

    List<String> trackingNumbers(String inspector, Map<String, ?> query) {
        return board(inspector, query).getList("content.trackingNumber");
    }

    JsonPath board(String inspector, Map<String, ?> query) {
        RequestSpecification request = api.as(inspector).queryParams(query);
        if (!query.containsKey("bureau")) {
            request.queryParam("bureau", PINGLUO);
        }
        return request.get("/supervision/board")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    void refused(Map<String, ?> query, String field) {
        api.as("inspector")
                .queryParams(query)
                .get("/supervision/board")
                .then()
                .statusCode(400)
                .body("errors[0].field", is(field));
    }
}
