package org.xinfang.petition.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.assessment.UnclosedMonths;
import org.xinfang.petition.support.BrowserTest;

/**
 * 考核通报 in the workbench: the petition office generates a closed month's bulletin and a new version of it, and is
 * told why a month not closed has none; a bureau leader finds it and its downloads but no button; a handler has no
 * such page.
 */
class BulletinPagesTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeGeneratesAClosedMonthsBulletinAndANewVersionOfIt() {
        String closed = month();
        api.as(INSPECTOR)
                .post("/assessment/months/{month}/close", closed)
                .then()
                .statusCode(200);
        String open = month();

        browser.signedInAs(CLERK).open("/workbench/bulletins").lookAtBothWidths("bulletins");
        assertThat(browser.text("nav.menu")).contains("考核通报");
        browser.type("#month", open);
        browser.submit("form[action$='/workbench/bulletins'] button[type=submit]");
        assertThat(browser.text("#bulletin-error")).contains(open).contains("尚未关账");
        assertThat(browser.findAll("#bulletin-" + open)).isEmpty();

        browser.type("#month", closed);
        browser.submit("form[action$='/workbench/bulletins'] button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("通报已生成");
        assertThat(browser.text("#bulletin-" + closed)).contains("第 1 版（共 1 版）").contains(CLERK);
        assertThat(browser.find("#bulletin-" + closed + " a.pdf").getAttribute("href"))
                .endsWith("/workbench/bulletins/" + closed + ".pdf");
        assertThat(browser.find("#bulletin-" + closed + " a.xlsx").getAttribute("href"))
                .endsWith("/workbench/bulletins/" + closed + ".xlsx");

        browser.submitConfirmed("#bulletin-" + closed + " button");
        assertThat(browser.text("[role=status]")).contains("已生成通报的新版本");
        assertThat(browser.text("#bulletin-" + closed)).contains("第 2 版（共 2 版）");

        browser.language("en").open("/workbench/bulletins").lookAtBothWidths("bulletins");
        assertThat(browser.text("#bulletin-" + closed)).contains("Version 2 (of 2)");
    }

    @Test
    void aBureauLeaderReadsTheBulletinsAndAHandlerHasNone() {
        String closed = month();
        api.as(INSPECTOR)
                .post("/assessment/months/{month}/close", closed)
                .then()
                .statusCode(200);
        api.as(CLERK).post("/bulletins/{month}", closed).then().statusCode(201);

        browser.signedInAs(XINGQING_LEADER).open("/workbench/bulletins");
        assertThat(browser.text("#bulletin-" + closed)).contains("第 1 版");
        assertThat(browser.findAll("#month")).as("no generating").isEmpty();
        assertThat(browser.findAll("#bulletin-" + closed + " button")).isEmpty();

        browser.signOut().signedInAs(XINGQING_HANDLER).open("/workbench");
        assertThat(browser.text("nav.menu")).doesNotContain("考核通报");
        browser.open("/workbench/bulletins");
        assertThat(browser.pageText()).contains("您无权查看这个页面");
    }

    /** A month of the weights' first years, not closed and without a bulletin. */
    private String month() {
        String month = UnclosedMonths.any(jdbc);
        jdbc.update("delete from bulletin where bulletin_month = ?", month);
        return month;
    }
}
