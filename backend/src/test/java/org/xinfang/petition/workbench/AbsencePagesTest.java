package org.xinfang.petition.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.XINGQING;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.PinnedClock;

/**
 * AB岗 in the workbench: a member records an absence by day, choosing the colleague who stands in from those of
 * their unit and roles; a date that reads as none is refused at its field. The accounts are the test's own.
 */
class AbsencePagesTest extends BrowserTest {

    static final String PASSWORD = "Ab-page-pass-2026";
    static final String SUBMIT = "main form button.primary";

    @Test
    void aMemberRecordsAnAbsenceChoosingTheColleagueWhoStandsIn() {
        String member = newHandler();
        String colleague = newHandler();
        String until = LocalDate.ofInstant(PinnedClock.BASE, PinnedClock.BEIJING)
                .plusDays(3)
                .toString();

        browser.signedInAs(member, PASSWORD).open("/workbench/absences");
        assertThat(browser.findAll("#colleagues option").stream()
                        .map(option -> option.getAttribute("value"))
                        .toList())
                .contains(colleague)
                .doesNotContain(member, "leader.xingqing");
        browser.lookAtBothWidths("absences");
        browser.language("en").open("/workbench/absences").lookAtBothWidths("absences");
        browser.language("zh-CN").open("/workbench/absences");

        browser.type("#substitute", colleague).type("#endsAt", "下周三").type("#reason", "年休假");
        browser.submit(SUBMIT);
        assertThat(browser.text("#endsAt-error")).isNotBlank();

        browser.type("#endsAt", until);
        browser.submit(SUBMIT);
        assertThat(browser.path()).isEqualTo("/workbench/absences?recorded");
        assertThat(browser.text("tr[data-absence]")).contains(member, colleague, "年休假", until);
    }

    String newHandler() {
        String username = "t." + UUID.randomUUID().toString().substring(0, 12);
        api.as(ADMIN)
                .body(Map.of(
                        "username", username,
                        "displayName", "测试 " + username,
                        "unit", XINGQING,
                        "roles", List.of("HANDLER"),
                        "password", PASSWORD))
                .post("/admin/staff")
                .then()
                .statusCode(201);
        return username;
    }
}
