package org.xinfang.petition.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.screening.Complainants;
import org.xinfang.petition.support.BrowserTest;
import org.xinfang.petition.support.Logins;

/**
 * Open311 应用 in the workbench: the administrator registers an application and sees its api_key this once, then
 * revokes it; the key files exactly while the page says it is in use.
 */
class Open311ClientPagesTest extends BrowserTest {

    @Test
    void anAdministratorRegistersAnApplicationSeesItsKeyOnceAndRevokesIt() {
        String name = "市民服务 App " + System.nanoTime();
        browser.signedInAs(ADMIN).open("/workbench/admin/open311-clients").lookAtBothWidths("admin-open311-clients");

        browser.submit("form[action$='/workbench/admin/open311-clients'] button[type=submit]");
        assertThat(browser.text("#name-error")).isNotBlank();

        browser.type("#name", name);
        browser.submit("form[action$='/workbench/admin/open311-clients'] button[type=submit]");
        assertThat(browser.text("[role=status]")).contains("应用已登记");
        long id = Long.parseLong(browser.text("#open311-client-id"));
        String key = browser.text("#open311-client-key");
        assertThat(key).startsWith("xfo_");
        browser.lookAtBothWidths("admin-open311-client-key");
        assertThat(file(key)).isEqualTo(201);

        browser.open("/workbench/admin/open311-clients");
        assertThat(browser.text("#open311-client-" + id)).contains(name).contains("使用中");
        assertThat(browser.driver().getPageSource()).doesNotContain(key);

        browser.submitConfirmed("#open311-client-" + id + " button.danger");
        assertThat(browser.text("[role=status]")).contains("应用已停用");
        assertThat(browser.text("#open311-client-" + id)).contains("停用");
        assertThat(file(key)).isEqualTo(403);

        browser.language("en").open("/workbench/admin/open311-clients");
        assertThat(browser.text("#open311-client-" + id)).contains("Revoked");
    }

    private int file(String key) {
        return io.restassured.RestAssured.given()
                .port(port)
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParams(Map.of(
                        "api_key", key,
                        "service_code", "OTHER",
                        "address_string", "宁夏银川市兴庆区解放街1号",
                        "first_name", "伟",
                        "last_name", "张",
                        "phone", "13812345678",
                        "description", "窗口办事排队时间过长。",
                        "attribute[id_number]", Complainants.newIdNumber(),
                        "attribute[region]", Logins.XINGQING_REGION,
                        "attribute[subject]", "办事排队时间过长"))
                .post("/open311/v2/requests.json")
                .statusCode();
    }
}
