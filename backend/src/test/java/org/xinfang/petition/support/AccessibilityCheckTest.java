package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' accessibility check finds what it is there to find, in the page and in a frame of the same
 * origin (as the case page previews an attachment), on pages served over HTTP as the application's are.
 */
class AccessibilityCheckTest {

    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();

    private static HttpServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page =
                    PAGES.getOrDefault(exchange.getRequestURI().getPath(), "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
        browser = Browser.on(server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.stop(0);
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
        PAGES.put("/framed", page("<button></button>"));
        show("<main><h1>投诉</h1><iframe title='附件' src='/framed'></iframe></main>");

        assertThatThrownBy(() -> browser.assertAccessible("framed"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("button-name");
    }

    private static void show(String main) {
        PAGES.put("/page", page(main));
        browser.open("/page");
    }

    private static String page(String main) {
        return "<!DOCTYPE html><html lang=zh-CN><head><meta charset=utf-8><title>检查</title></head><body>" + main
                + "</body></html>";
    }
}
