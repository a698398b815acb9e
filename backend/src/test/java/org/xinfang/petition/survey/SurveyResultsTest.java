package org.xinfang.petition.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;

import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;

/**
 * A month's results worked out by hand: per bureau and source, drawn, called (tried at least once), reached, valid
 * (reached with an overall answer), satisfied (overall score 60 or more) and the mean overall score of the reached.
 */
class SurveyResultsTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SurveyResults results;

    @Test
    void theTalliesOfAMonthAreExactlyWhatTheCallsBrought() {
        SurveyFixtures fixtures = new SurveyFixtures(api, jdbc);
        YearMonth month = fixtures.freshMonths(0);
        String day = month.atDay(15).toString();
        List<String> rows = new ArrayList<>();
        for (String name : List.of("甲", "乙", "丙", "丁", "戊", "己")) {
            rows.add(SurveyFixtures.row("兴庆" + name, SurveyFixtures.phone(), XINGQING, "110", day));
        }
        for (String name : List.of("庚", "辛", "壬", "癸")) {
            rows.add(SurveyFixtures.row("金凤" + name, SurveyFixtures.phone(), JINFENG, "窗口", day));
        }
        fixtures.importList(month, "list.csv", SurveyFixtures.csv(UTF_8, rows.toArray(String[]::new)))
                .statusCode(201);
        String number = complaints.signedFor();
        fixtures.limitRunsOutIn(number, month);
        fixtures.draw(month, 99L);
        JsonPath sheet = fixtures.callList(month);
        Map<String, Long> calls = new HashMap<>();
        for (Map<String, Object> call : sheet.<Map<String, Object>>getList("calls")) {
            String who = call.get("trackingNumber") != null ? "case" : (String) call.get("name");
            calls.put(who, ((Number) call.get("id")).longValue());
        }
        String caseBureau = sheet.getString("calls.find { it.trackingNumber == '" + number + "' }.unitCode");

        // 兴庆: 90 and 50 reached, one refused, one unanswered once, one unreachable after three tries, one not called.
        fixtures.reached(calls.get("兴庆甲"), "90");
        fixtures.reached(calls.get("兴庆乙"), "50");
        fixtures.record(calls.get("兴庆丙"), "REFUSED");
        fixtures.record(calls.get("兴庆丁"), "NO_ANSWER");
        for (int i = 0; i < 3; i++) {
            fixtures.record(calls.get("兴庆戊"), "NO_ANSWER");
        }
        // 金凤: 100, 60 (satisfied from 60) and 59 reached, one not called.
        fixtures.reached(calls.get("金凤庚"), "100");
        fixtures.reached(calls.get("金凤辛"), "60");
        fixtures.reached(calls.get("金凤壬"), "59");
        // The complainant: 80.
        fixtures.reached(calls.get("case"), "80");

        List<SurveyTally> expected = new ArrayList<>(List.of(
                new SurveyTally(caseBureau, SurveySource.COMPLAINANTS, 1, 1, 1, 1, 1, 80.0),
                new SurveyTally(XINGQING, SurveySource.SERVICE_USERS, 6, 5, 2, 2, 1, 70.0),
                new SurveyTally(JINFENG, SurveySource.SERVICE_USERS, 4, 3, 3, 3, 2, 73.0)));
        expected.sort(Comparator.comparing(SurveyTally::unitCode)
                .thenComparing(tally -> tally.source().name()));
        assertThat(results.of(month)).containsExactlyElementsOf(expected);
        JsonPath published = api.as(CLERK)
                .get("/surveys/{month}/results", month.toString())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(published.getDouble("find { it.unitCode == '" + JINFENG + "' }.averageScore"))
                .isEqualTo(73.0);
        assertThat(published.getInt(
                        "find { it.unitCode == '" + XINGQING + "' && it.source == 'SERVICE_USERS' }.called"))
                .isEqualTo(5);
    }
}
