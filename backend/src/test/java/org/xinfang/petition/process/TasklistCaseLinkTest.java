package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;

/**
 * In Operaton's Tasklist, as the clerk: the triage task's form links to the case's page in the workbench, the tracking
 * number filled in by the form's templating, and the link leads there.
 */
class TasklistCaseLinkTest extends BrowserTest {

    private static final String USERNAME = "input[ng-model=username]";
    private static final String PASSWORD = "input[ng-model=password]";

    @Test
    void theClerkOpensTheCasePageFromTheTriageFormInTasklist() {
        Api api = new Api(port);
        String number = new Complaints(api).file();
        String task = api.engineRestAs(ADMIN)
                .get("/task?processInstanceBusinessKey=" + number)
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");

        signInToTasklist(Logins.CLERK);
        // the workbench has a sign-in of its own; in the same browser both hold
        browser.signInAs(Logins.CLERK);

        browser.openAsIs("/operaton/app/tasklist/default/#/?task=" + task + "&detailsTab=task-detail-form");
        browser.waitForText(".task-details", number);
        // Tasklist covers the form of a task nobody has claimed: the clerk claims it, as before triaging it anyway
        browser.click("button.claim");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.unclaim")));
        By link = By.cssSelector("a[href$='/workbench/cases/" + number + "']");
        WebElement caseLink = browser.waitFor(ExpectedConditions.elementToBeClickable(link));
        assertThat(caseLink.getText()).isEqualTo("打开案件 Open the case");

        List<String> windows = new ArrayList<>(browser.driver().getWindowHandles());
        caseLink.click();
        browser.waitFor(driver -> driver.getWindowHandles().size() > windows.size()
                || driver.getCurrentUrl().contains("/workbench/"));
        browser.driver().getWindowHandles().stream()
                .filter(window -> !windows.contains(window))
                .findFirst()
                .ifPresent(opened -> browser.driver().switchTo().window(opened));
        assertThat(browser.path()).isEqualTo("/workbench/cases/" + number);
    }

    /**
     * Signs in on Tasklist's own form. Its controller puts the focus on the username field once it has loaded, which
     * can be after the field shows: keys meant for the password then land in the username field (seen on a fast
     * machine: "clerkdemo123"). Both fields are typed again until they hold what was typed.
     */
    private void signInToTasklist(String username) {
        browser.openAsIs("/operaton/app/tasklist/default/");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(USERNAME)));
        browser.waitFor(driver -> {
            browser.type(USERNAME, username).type(PASSWORD, Api.PASSWORD);
            return username.equals(browser.find(USERNAME).getDomProperty("value"))
                    && Api.PASSWORD.equals(browser.find(PASSWORD).getDomProperty("value"));
        });
        browser.click("form button[type=submit]");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(USERNAME)));
    }
}
