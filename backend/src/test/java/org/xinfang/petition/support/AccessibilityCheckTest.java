package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The browser tests' accessibility check finds what it is there to find, in the page and in its frames. */
class AccessibilityCheckTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.on(0);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aCleanPagePasses() {
        show("<main><h1>投诉</h1><label for=n>姓名</label><input id=n><button>提交</button></main>");

        assertThat(browser.assertAccessible("clean")).isSameAs(browser);
    }

    @Test
    void aButtonWithoutANameAndAnImageWithoutTextFail() {
        show("<main><h1>投诉</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><button></button></main>");

        assertThatThrownBy(() -> browser.assertAccessible("broken"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("button-name");
    }

    @Test
    void textTooFaintToReadFails() {
        show("<main><h1>投诉</h1><p style='color:#bbb;background:#fff'>请保存查询码</p></main>");

        assertThatThrownBy(() -> browser.assertAccessible("faint"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("color-contrast");
    }

    @Test
    void aViolationInsideAFrameOfThePageFails() {
        String framed = "<html lang=zh-CN><title>附件</title><body><button></button></body></html>";
        show("<main><h1>投诉</h1><iframe title='附件' srcdoc=\"" + framed + "\"></iframe></main>");

        assertThatThrownBy(() -> browser.assertAccessible("framed"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("button-name");
    }

    private static void show(String main) {
        String page = "<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8><title>检查</title></head><body>" + main
                + "</body></html>";
        browser.driver()
                .get("data:text/html;charset=utf-8,"
                        + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
