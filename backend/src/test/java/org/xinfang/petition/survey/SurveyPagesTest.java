package org.xinfang.petition.survey;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.BrowserTest;

/**
 * 回访调查 in the workbench: the clerk imports a month's service users (a list with a bad row is refused, naming the
 * row), draws the sample with a seed, sees each stratum, calls from the list with the script and questionnaire, and
 * reads the results per bureau.
 */
class SurveyPagesTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkImportsDrawsCallsAndReadsTheResults() throws IOException {
        YearMonth month = new SurveyFixtures(api, jdbc).freshMonths(0);
        String day = month.atDay(6).toString();
        browser.signedInAs(CLERK).open("/workbench/surveys?month=" + month);
        assertThat(browser.text("h1")).contains(month.toString());

        upload(SurveyFixtures.csv(
                UTF_8,
                SurveyFixtures.row("马丽", SurveyFixtures.phone(), XINGQING, "110", day),
                SurveyFixtures.row("", "12345", XINGQING, "110", day)));
        assertThat(browser.text("#import-errors")).contains("第 3 行：姓名未填写").contains("第 3 行：电话号码");
        browser.lookAtBothWidths("survey-import-refused");

        upload(SurveyFixtures.csv(
                UTF_8,
                SurveyFixtures.row("马丽", SurveyFixtures.phone(), XINGQING, "110", day),
                SurveyFixtures.row("牛犇", SurveyFixtures.phone(), XINGQING, "窗口", day),
                SurveyFixtures.row("朱红", SurveyFixtures.phone(), JINFENG, "122", day)));
        assertThat(browser.text("#imported")).contains("新增 3 人");
        assertThat(browser.text("#imported-counts"))
                .contains("兴庆区分局")
                .contains("110 报警")
                .contains("窗口办事");

        browser.type("#seed", "20260601");
        browser.submit("#draw-button");
        assertThat(browser.text("[role=status]")).contains("已抽样");
        assertThat(browser.text("#draw-summary")).contains("总体 3 人").contains("20260601");
        assertThat(browser.text("#strata")).contains("兴庆区分局").contains("服务对象");
        assertThat(browser.findAll("#import-button")).isEmpty();
        browser.lookAtBothWidths("survey-month");

        browser.click("#call-list");
        assertThat(browser.text("#script")).contains("公安局信访办");
        assertThat(browser.findAll("#questions li")).hasSize(4);
        browser.lookAtBothWidths("survey-calls");

        browser.click("#calls a[aria-label='回访 马丽']");
        browser.click("#outcome-REACHED");
        new Select(browser.find("#answer-speed")).selectByValue("SATISFIED");
        browser.submit("#record-button");
        assertThat(browser.pageText()).contains("请记录“服务态度”的回答");
        browser.lookAtBothWidths("survey-call-refused");
        new Select(browser.find("#answer-attitude")).selectByValue("BASICALLY_SATISFIED");
        new Select(browser.find("#answer-result")).selectByValue("SATISFIED");
        browser.type("#answer-overall", "92");
        browser.submit("#record-button");
        assertThat(browser.text("[role=status]")).contains("回访已记录");

        browser.click("#calls a[aria-label='回访 朱红']");
        browser.click("#outcome-NO_ANSWER");
        browser.submit("#record-button");
        assertThat(browser.text("#calls")).contains("已回访").contains("未接通");

        browser.open("/workbench/surveys?month=" + month);
        assertThat(browser.text("#results")).contains("兴庆区分局").contains("92.0");

        browser.language("en").open("/workbench/surveys?month=" + month).lookAtBothWidths("survey-month");
        assertThat(browser.text("#results")).contains("Service users");
    }

    private void upload(byte[] list) throws IOException {
        Path file = Files.createTempFile("service-users", ".csv");
        Files.write(file, list);
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.submit("#import-button");
        Files.delete(file);
    }
}
