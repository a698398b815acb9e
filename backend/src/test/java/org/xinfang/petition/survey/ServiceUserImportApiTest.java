package org.xinfang.petition.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.PETITION_OFFICE;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Problems.invalid;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.AtOnce;

/**
 * 导入服务对象: a clerk imports the people other police services served in a month, as a CSV or an Excel workbook;
 * a list with a bad row is refused whole, the people are kept encrypted, once a month, and they join the month's draw.
 */
class ServiceUserImportApiTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private SurveyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SurveyFixtures(api, jdbc);
    }

    @Test
    void aListWithBadRowsIsRefusedWholeNamingEachRowAndColumn() {
        YearMonth month = fixtures.freshMonths(0);
        String day = month.atDay(3).toString();
        byte[] list = SurveyFixtures.csv(
                UTF_8,
                SurveyFixtures.row("王芳", SurveyFixtures.phone(), XINGQING, "110", day),
                SurveyFixtures.row("", SurveyFixtures.phone(), XINGQING, "110", day),
                SurveyFixtures.row("李明", "1381234", XINGQING, "119", day),
                SurveyFixtures.row("赵强", SurveyFixtures.phone(), PETITION_OFFICE, "122", day),
                SurveyFixtures.row("钱亮", SurveyFixtures.phone(), XINGQING, "911", day),
                SurveyFixtures.row(
                        "孙丽",
                        SurveyFixtures.phone(),
                        XINGQING,
                        "窗口",
                        month.plusMonths(1).atDay(1).toString()),
                SurveyFixtures.row("周杰", SurveyFixtures.phone(), "psb-999999", "WINDOW", "三月五日"));

        fixtures.importList(month, "110.csv", list)
                .spec(invalid(
                        "rows[3].name",
                        "rows[4].phone",
                        "rows[5].unitCode",
                        "rows[6].service",
                        "rows[7].servedOn",
                        "rows[8].unitCode",
                        "rows[8].servedOn"))
                .body("errors.size()", equalTo(7))
                .body("errors.find { it.field == 'rows[4].phone' }.message", containsString("第 4 行"))
                .body("errors.find { it.field == 'rows[4].phone' }.message", containsString("电话号码位数不足"))
                .body(
                        "errors.find { it.field == 'rows[4].phone' }.messageEn",
                        containsString("Row 4: phone number has too few digits"))
                .body(
                        "errors.find { it.field == 'rows[7].servedOn' }.code",
                        equalTo("survey.import.date-outside-month"));

        assertThat(importedIn(month)).isZero();
    }

    @Test
    void aListIsKeptEncryptedOncePerPhoneAndAuditedWithoutThePeople() {
        YearMonth month = fixtures.freshMonths(0);
        String day = month.atDay(12).toString();
        String repeated = SurveyFixtures.phone();
        String other = SurveyFixtures.phone();
        byte[] workbook = SurveyFixtures.xlsx(List.of(
                List.of("欧阳娜娜", repeated, XINGQING, "110", day),
                List.of("欧阳娜娜", repeated, XINGQING, "119", day),
                List.of("司马光", other, JINFENG, "窗口", day)));

        fixtures.importList(month, "一月名单.xlsx", workbook)
                .statusCode(201)
                .body("rows", equalTo(3))
                .body("imported", equalTo(2))
                .body("repeatedInList", equalTo(1))
                .body("importedBefore", equalTo(0));

        List<Map<String, Object>> stored = jdbc.queryForList(
                "select real_name, phone, phone_index, service from survey_service_user where survey_month = ?"
                        + " order by id",
                month.toString());
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).get("service")).isEqualTo("CALL_110");
        for (Map<String, Object> row : stored) {
            assertThat(String.valueOf(row.get("real_name")))
                    .doesNotContain("欧阳")
                    .doesNotContain("司马");
            assertThat(String.valueOf(row.get("phone")))
                    .doesNotContain(repeated)
                    .doesNotContain(other)
                    .doesNotContain(repeated.substring(3));
            assertThat(String.valueOf(row.get("phone_index"))).hasSize(64);
        }
        String audited = jdbc.queryForObject(
                "select detail from audit_log where action = 'SURVEY_SERVICE_USERS_IMPORTED' and detail like ?"
                        + " order by seq desc limit 1",
                String.class,
                "survey " + month + ":%");
        assertThat(audited).contains("2 service users").doesNotContain("欧阳").doesNotContain(repeated);

        // The same people again, in a GB18030 CSV as a Chinese Excel saves it: nobody is kept twice.
        byte[] again = SurveyFixtures.csv(
                Charset.forName("GB18030"),
                SurveyFixtures.row("欧阳娜娜", "+86 " + repeated, XINGQING, "122", day),
                SurveyFixtures.row("司马光", other, JINFENG, "WINDOW", day.replace('-', '/')));
        fixtures.importList(month, "again.CSV", again)
                .statusCode(201)
                .body("imported", equalTo(0))
                .body("importedBefore", equalTo(2));
        assertThat(importedIn(month)).isEqualTo(2);
        api.as(CLERK)
                .get("/surveys/{month}/service-users", month.toString())
                .then()
                .statusCode(200)
                .body("find { it.unitCode == '" + JINFENG + "' }.people", equalTo(1))
                .body("find { it.unitCode == '" + JINFENG + "' }.service", equalTo("WINDOW"));
    }

    @Test
    void importedPeopleAreDrawnPerBureauAndCalled() {
        YearMonth month = fixtures.freshMonths(0);
        String day = month.atDay(20).toString();
        String phone = SurveyFixtures.phone();
        fixtures.importList(
                        month,
                        "window.csv",
                        SurveyFixtures.csv(
                                UTF_8,
                                SurveyFixtures.row("张伟", phone, XINGQING, "窗口", day),
                                SurveyFixtures.row("李娜", SurveyFixtures.phone(), XINGQING, "110", day),
                                SurveyFixtures.row("王强", SurveyFixtures.phone(), JINFENG, "122", day)))
                .statusCode(201);

        JsonPath draw = fixtures.draw(month, 5L);

        assertThat(draw.getInt("population")).isEqualTo(3);
        assertThat(draw.getInt(
                        "strata.find { it.unitCode == '" + XINGQING + "' && it.source == 'SERVICE_USERS' }.drawn"))
                .isEqualTo(2);
        JsonPath sheet = fixtures.callList(month);
        Map<String, Object> call = sheet.getMap("calls.find { it.name == '张伟' }");
        assertThat(call)
                .containsEntry("phone", SurveyFixtures.e164(phone))
                .containsEntry("service", "WINDOW")
                .containsEntry("source", "SERVICE_USERS")
                .containsEntry("unitCode", XINGQING);
        api.as(CLERK)
                .body(Map.of(
                        "outcome",
                        "REACHED",
                        "answers",
                        Map.of("speed", "SATISFIED", "attitude", "SATISFIED", "result", "SATISFIED", "overall", "95")))
                .post("/surveys/calls/{id}", ((Number) call.get("id")).longValue())
                .then()
                .statusCode(204);
        api.as(CLERK)
                .get("/surveys/{month}/results", month.toString())
                .then()
                .statusCode(200)
                .body(
                        "find { it.unitCode == '" + XINGQING + "' && it.source == 'SERVICE_USERS' }.satisfied",
                        equalTo(1));

        // The month's list is closed once it is drawn.
        fixtures.importList(
                        month,
                        "late.csv",
                        SurveyFixtures.csv(
                                UTF_8, SurveyFixtures.row("晚到", SurveyFixtures.phone(), XINGQING, "110", day)))
                .spec(problem(409, "survey.import.drawn"));
    }

    @Test
    void aPhoneDrawnInTheTwelveMonthsBeforeIsNotDrawnAgain() {
        YearMonth first = fixtures.freshMonths(13);
        String phone = SurveyFixtures.phone();
        importOne(first, phone);
        fixtures.draw(first, 1L);

        YearMonth withinAYear = first.plusMonths(12);
        importOne(withinAYear, phone);
        assertThat(fixtures.draw(withinAYear, 1L).getInt("population")).isZero();

        YearMonth yearAndAMonth = first.plusMonths(13);
        importOne(yearAndAMonth, phone);
        assertThat(fixtures.draw(yearAndAMonth, 1L).getInt("population")).isEqualTo(1);
        assertThat(fixtures.callList(yearAndAMonth).getList("calls.phone")).containsExactly(SurveyFixtures.e164(phone));
    }

    @RepeatedTest(3)
    void ofFourImportsOfOneListAtOnceOneKeepsThePeopleAndNoneFails() throws Exception {
        YearMonth month = fixtures.freshMonths(0);
        String day = month.atDay(9).toString();
        byte[] list = SurveyFixtures.csv(
                UTF_8,
                SurveyFixtures.row("郑重", SurveyFixtures.phone(), XINGQING, "110", day),
                SurveyFixtures.row("冯婷", SurveyFixtures.phone(), JINFENG, "119", day),
                SurveyFixtures.row("陈刚", SurveyFixtures.phone(), XINGQING, "窗口", day));

        List<Integer> imported = new ArrayList<>();
        List<Integer> statuses = AtOnce.fire(4, () -> {
            var response = fixtures.importList(month, "list.csv", list).extract();
            if (response.statusCode() == 201) {
                synchronized (imported) {
                    imported.add(response.jsonPath().getInt("imported"));
                }
            }
            return response.statusCode();
        });

        assertThat(statuses).isSubsetOf(201, 409);
        // Those that came after the winner's commit find everyone imported before; those at once with it lose.
        assertThat(imported).containsOnlyOnce(3).isSubsetOf(3, 0);
        assertThat(importedIn(month)).isEqualTo(3);
    }

    /**
     * An import and the month's draw at once take turns on the month: the import is refused as drawn, or its people
     * are in the population the draw read; never lost between the two, never a 500.
     */
    @RepeatedTest(3)
    void anImportAtOnceWithTheDrawIsInThePopulationOrRefusedAsDrawn() throws Exception {
        YearMonth month = fixtures.freshMonths(0);
        String day = month.atDay(12).toString();
        importOne(month, SurveyFixtures.phone());
        byte[] list = SurveyFixtures.csv(
                UTF_8,
                SurveyFixtures.row("褚明", SurveyFixtures.phone(), XINGQING, "110", day),
                SurveyFixtures.row("卫兰", SurveyFixtures.phone(), JINFENG, "122", day));

        List<Callable<ExtractableResponse<Response>>> importAndDraw = List.of(
                () -> fixtures.importList(month, "late.csv", list).extract(),
                () -> api.as(CLERK)
                        .body(Map.of("seed", 7L))
                        .post("/surveys/{month}/draw", month.toString())
                        .then()
                        .extract());
        List<ExtractableResponse<Response>> answers = AtOnce.fire(importAndDraw);

        int imported = answers.get(0).statusCode();
        assertThat(answers.get(1).statusCode()).isEqualTo(201);
        int population = answers.get(1).jsonPath().getInt("population");
        if (imported == 201) {
            assertThat(population)
                    .as("the import came first: in the population")
                    .isEqualTo(3);
        } else {
            assertThat(imported).isEqualTo(409);
            assertThat(answers.get(0).jsonPath().getString("code")).isEqualTo("survey.import.drawn");
            assertThat(population).as("the draw came first: the import refused").isEqualTo(1);
            assertThat(importedIn(month)).isEqualTo(1);
        }
    }

    @Test
    void aListMustBeACsvOrWorkbookWithEveryColumnAndWithinTheLimits() {
        YearMonth month = fixtures.freshMonths(0);
        fixtures.importList(month, "list.txt", "x".getBytes(UTF_8))
                .spec(invalidField("file", "survey.import.file-type"));
        fixtures.importList(month, "list.xlsx", "not a workbook".getBytes(UTF_8))
                .spec(invalidField("file", "survey.import.unreadable"));
        fixtures.importList(
                        month, "list.csv", "姓名,电话,单位代码,服务日期\n王芳,13912345678,psb-640104,2001-01-02\n".getBytes(UTF_8))
                .spec(invalidField("file", "survey.import.column-missing"));
        fixtures.importList(month, "list.csv", (SurveyFixtures.HEADER + "\n").getBytes(UTF_8))
                .spec(invalidField("file", "survey.import.empty"));
        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        fixtures.importList(month, "list.csv", tooLarge)
                .spec(problem(413, "too-large-input"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].code", equalTo("survey.import.too-large"));
        StringBuilder many = new StringBuilder(SurveyFixtures.HEADER).append('\n');
        for (int i = 0; i < 5001; i++) {
            many.append("王芳,13912345678,psb-640104,110,").append(month.atDay(1)).append('\n');
        }
        fixtures.importList(month, "list.csv", many.toString().getBytes(UTF_8))
                .spec(problem(413, "too-large-input"))
                .body("errors[0].code", equalTo("survey.import.too-many-rows"));
        fixtures.importListAs(INSPECTOR, month, "list.csv", SurveyFixtures.csv(UTF_8))
                .spec(problem(403, "access-denied"));
        assertThat(importedIn(month)).isZero();
    }

    private void importOne(YearMonth month, String phone) {
        fixtures.importList(
                        month,
                        "one.csv",
                        SurveyFixtures.csv(
                                UTF_8,
                                SurveyFixtures.row(
                                        "陈静",
                                        phone,
                                        XINGQING,
                                        "110",
                                        month.atDay(2).toString())))
                .statusCode(201);
    }

    private int importedIn(YearMonth month) {
        return jdbc.queryForObject(
                "select count(*) from survey_service_user where survey_month = ?", Integer.class, month.toString());
    }
}
