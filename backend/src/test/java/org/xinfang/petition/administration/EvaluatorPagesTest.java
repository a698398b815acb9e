package org.xinfang.petition.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.XINGQING;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.petition.evaluation.Evaluators;
import org.xinfang.petition.evaluation.Evaluators.Device;
import org.xinfang.petition.support.BrowserTest;

/**
 * 评价器管理 in the workbench: the administrator registers a window evaluator and sees its key this once, replaces
 * the key and revokes the device; each key works exactly while the page says it does.
 */
class EvaluatorPagesTest extends BrowserTest {

    private static final String REGISTRATION = "window-registration";

    private Evaluators evaluators;

    @BeforeEach
    void devices() {
        evaluators = new Evaluators(api);
    }

    @Test
    void anAdministratorRegistersAnEvaluatorAndSeesItsKeyOnce() {
        String name = "户籍窗口 " + System.nanoTime();
        browser.signedInAs(ADMIN).open("/workbench/admin/evaluators").lookAtBothWidths("admin-evaluators");

        browser.type("#name", name);
        new Select(browser.find("#unitCode")).selectByValue(XINGQING);
        browser.submit("form[action$='/workbench/admin/evaluators'] button[type=submit]");
        assertThat(browser.text("#services-error")).contains("评价业务");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo(name);

        browser.click("#service-" + REGISTRATION);
        new Select(browser.find("#unitCode")).selectByValue(XINGQING);
        browser.submit("form[action$='/workbench/admin/evaluators'] button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("评价器已登记");
        Device device = new Device(Long.parseLong(browser.text("#evaluator-id")), browser.text("#evaluator-key"));
        assertThat(device.key()).startsWith("xfe_");
        browser.lookAtBothWidths("admin-evaluator-key");
        evaluators.rate(device, REGISTRATION, "SATISFIED").statusCode(201);

        browser.open("/workbench/admin/evaluators");
        assertThat(browser.text("#evaluator-" + device.id()))
                .contains(name)
                .contains(XINGQING)
                .contains("使用中");
        assertThat(browser.driver().getPageSource()).doesNotContain(device.key());

        browser.submitConfirmed("#evaluator-" + device.id() + " button:not(.danger)");
        Device renewed = new Device(device.id(), browser.text("#evaluator-key"));
        assertThat(renewed.key()).isNotEqualTo(device.key()).startsWith("xfe_");
        evaluators.rate(device, REGISTRATION, "SATISFIED").statusCode(401);
        evaluators.rate(renewed, REGISTRATION, "SATISFIED").statusCode(201);

        browser.open("/workbench/admin/evaluators");
        browser.submitConfirmed("#evaluator-" + device.id() + " button.danger");
        assertThat(browser.text("[role=status]")).contains("评价器已停用");
        assertThat(browser.text("#evaluator-" + device.id())).contains("停用").doesNotContain("更换密钥");
        evaluators.rate(renewed, REGISTRATION, "SATISFIED").statusCode(401);

        browser.language("en").open("/workbench/admin/evaluators").lookAtBothWidths("admin-evaluators");
        assertThat(browser.text("#evaluator-" + device.id())).contains("Revoked");
    }
}
