package org.xinfang.petition.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;
import static org.xinfang.petition.support.Logins.YINCHUAN;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.PetitionTest;

/**
 * The seeds' summary (收件、办结、在办、回访) for any range and unit: the test's own cases are moved into a week of
 * 2019 and the figures compared before and after, since the suite's database outlives a run.
 */
@PetitionTest
class SummaryApiTest {

    private static final String FROM = "2019-03-04";
    private static final String TO = "2019-03-08";
    private static final String XINGQING_INSPECTOR = "inspector.xingqing";

    @LocalServerPort
    int port;

    @Autowired
    Casework casework;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void receivedClosedInProgressAndCalledBackCountTheRangeInTheUnitAndTheUnitsUnderIt() {
        Summary province = summary(CLERK, null);
        Summary city = summary(CLERK, YINCHUAN);
        Summary bureau = summary(XINGQING_INSPECTOR, XINGQING);

        String open = casework.dispatched(fileInXingqing());
        String calledBack = casework.awaitingCallback(fileInXingqing());
        casework.callback(calledBack, CallbackResult.SATISFIED);
        String refusedEarlier = fileInXingqing();
        casework.notAccept(refusedEarlier, "属于法院管辖的事项，请依法向人民法院起诉。");
        String lateInTheWeek = casework.dispatched(fileInXingqing());
        moveInto(List.of(open, calledBack), "2019-03-05 04:00:00");
        moveInto(List.of(refusedEarlier), "2019-03-01 04:00:00");
        jdbc.update(
                "update complaint set closed_at = '2019-03-07 04:00:00' where tracking_number in (?, ?)",
                calledBack,
                refusedEarlier);
        jdbc.update(
                "update callback set called_at = '2019-03-07 04:00:00'"
                        + " where complaint_id = (select id from complaint where tracking_number = ?)",
                calledBack);
        moveInto(List.of(lateInTheWeek), "2019-03-09 04:00:00");

        // received: the open and the called-back case; closed: the called-back one and the one refused before the
        // week; in progress: of those received, the open one; called back: one
        assertThat(summary(CLERK, null).minus(province)).isEqualTo(new Summary(2, 2, 1, 1));
        // the refused case never reached a bureau, so a unit's summary leaves it out
        assertThat(summary(CLERK, YINCHUAN).minus(city)).isEqualTo(new Summary(2, 1, 1, 1));
        assertThat(summary(XINGQING_INSPECTOR, XINGQING).minus(bureau)).isEqualTo(new Summary(2, 1, 1, 1));
    }

    @Test
    void aUnitOutsideTheScopeAReversedRangeAnUnknownUnitAndAnOperatorAreRefused() {
        api.as(XINGQING_INSPECTOR)
                .queryParams("from", FROM, "to", TO, "unit", YINCHUAN)
                .get("/monitoring/summary")
                .then()
                .statusCode(403)
                .body("code", equalTo("monitoring.unit-out-of-scope"));
        api.as(CLERK)
                .queryParams("from", TO, "to", FROM)
                .get("/monitoring/summary")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        api.as(CLERK)
                .queryParams("from", FROM, "to", TO, "unit", "psb-999999")
                .get("/monitoring/summary")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unit"));
        api.as(OPERATOR)
                .queryParams("from", FROM, "to", TO)
                .get("/monitoring/summary")
                .then()
                .statusCode(403);
    }

    private String fileInXingqing() {
        return casework.file(Category.HOUSEHOLD_REGISTRATION, Urgency.NORMAL, XINGQING_REGION);
    }

    private void moveInto(List<String> numbers, String receivedAt) {
        for (String number : numbers) {
            jdbc.update("update complaint set received_at = ? where tracking_number = ?", receivedAt, number);
        }
    }

    private Summary summary(String login, String unit) {
        var request = api.as(login).queryParams("from", FROM, "to", TO);
        if (unit != null) {
            request = request.queryParam("unit", unit);
        }
        JsonPath figures = request.get("/monitoring/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("figures");
        return new Summary(
                figures.getLong("received"),
                figures.getLong("closed"),
                figures.getLong("inProgress"),
                figures.getLong("calledBack"));
    }

    private record Summary(long received, long closed, long inProgress, long calledBack) {

        Summary minus(Summary before) {
            return new Summary(
                    received - before.received,
                    closed - before.closed,
                    inProgress - before.inProgress,
                    calledBack - before.calledBack);
        }
    }
}
