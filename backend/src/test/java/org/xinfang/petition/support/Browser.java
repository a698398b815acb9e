package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, which {@code .ci/run} installs) on
 * the running application. A missing browser fails the test: browser tests never skip. Pages are looked at as a
 * user does: at a phone's width ({@value #PHONE} px) and a desktop's, in Chinese and in English; each look saves a
 * full-page screenshot under {@code target/screenshots/} and runs axe-core's WCAG 2.1 AA rules on the page, failing on
 * any serious or critical violation.
 */
public final class Browser implements AutoCloseable {

    public static final int PHONE = 360;
    public static final int DESKTOP = 1366;
    public static final int WALL = 1920;

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final String WCAG_21_AA_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE_PATH = "/webjars/axe-core/axe.min.js";
    /** Answers whether axe is in the document, after adding it as a script of the document when it is not. */
    private static final String LOAD_AXE = """
            const loaded = arguments[arguments.length - 1];
            if (typeof window.axe === 'object') {
              loaded(true);
              return;
            }
            const script = document.createElement('script');
            script.src = '%s';
            script.onload = () => loaded(typeof window.axe === 'object');
            script.onerror = () => loaded(false);
            document.head.appendChild(script);
            """.formatted(AXE_PATH);
    /**
     * Runs every WCAG 2.1 A and AA rule; only the violations come back, each with its first five elements (the
     * passes' nodes are what cost).
     */
    private static final String RUN_AXE = """
            const answer = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
              .then(results => answer(JSON.stringify(results.violations.map(rule => ({
                id: rule.id,
                impact: rule.impact,
                help: rule.help,
                targets: rule.nodes.slice(0, 5).map(node => node.target)
              })))))
              .catch(error => answer(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(error), targets: []}])));
            """.formatted(WCAG_21_AA_TAGS);
    /** Deque's packaged axe-core. */
    private static final String AXE_SOURCE = axeSource();

    /**
     * How often a wait asks again. Selenium's default, half a second, left both cores idle after nearly every click:
     * the answering page is usually there within a few tens of milliseconds.
     */
    private static final Duration POLL = Duration.ofMillis(20);

    /** The run's one Chromium (see {@link #shared}). */
    private static Browser shared;

    private final ChromeDriver driver;
    private final int port;
    private final String base;
    private String language = "zh-CN";

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    /**
     * The Chromium the browser tests share for the whole run (started on first use, quit when the JVM ends): starting
     * one per test class cost about two seconds each. {@link #reset()} makes it as new between tests.
     */
    public static synchronized Browser shared(int port) {
        if (shared == null || shared.port != port) {
            if (shared != null) {
                shared.close();
            }
            Browser started = on(port);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            shared = started;
        }
        return shared.reset();
    }

    /**
     * As a newly started Chromium: no dialog left open, one window, signed out, at desktop width, in Chinese. A test
     * that failed midway can leave a dialog or a second window; the next test must not inherit them.
     */
    public Browser reset() {
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // The usual case.
        }
        String first = driver.getWindowHandles().iterator().next();
        for (String window : driver.getWindowHandles()) {
            if (!window.equals(first)) {
                driver.switchTo().window(window).close();
            }
        }
        driver.switchTo().window(first);
        return signOut().desktop().language("zh-CN");
    }

    /** Starts Chromium for the application on this port, at desktop width, in Chinese. */
    public static Browser on(int port) {
        assertThat(Files.isExecutable(CHROMIUM))
                .as(
                        "Chromium at %s (apt-get install -y chromium chromium-driver fonts-noto-cjk; .ci/run does)",
                        CHROMIUM)
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("chromedriver at %s (apt-get install -y chromium-driver)", CHROMEDRIVER)
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--window-size=" + DESKTOP + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(driver, port);
        browser.desktop();
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the application in the current language. */
    public Browser open(String path) {
        driver.get(base + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
        return this;
    }

    /** Opens a path as it is, without choosing a language (the cookie from an earlier switch holds). */
    public Browser openAsIs(String path) {
        driver.get(base + path);
        return this;
    }

    /** Chooses the pages' language for the pages opened from now on: "zh-CN" or "en". */
    public Browser language(String language) {
        this.language = language;
        return this;
    }

    public String language() {
        return language;
    }

    /** A phone: {@value #PHONE} CSS pixels wide, touch, as Chrome's device emulation shows it. */
    public Browser phone() {
        return width(PHONE, 780, true);
    }

    public Browser desktop() {
        return width(DESKTOP, 900, false);
    }

    /** A 1920×1080 wall screen (the monitoring screen's). */
    public Browser wall() {
        return width(WALL, 1080, false);
    }

    private Browser width(int width, int height, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        return this;
    }

    /** Signs in through the login page and waits for the workbench. */
    public Browser signInAs(String username) {
        open("/workbench/login");
        type("#username", username);
        type("#password", Api.PASSWORD);
        click("form[action$='/workbench/login'] button[type=submit]");
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/workbench/login")));
        return this;
    }

    /**
     * Signs in without the login page, for tests of the pages behind it: the login form is posted over HTTP and the
     * browser given the session's cookie; the next page opened is the first. {@link #signInAs} is the user's way.
     */
    public Browser signedInAs(String username) {
        return signedInAs(username, Api.PASSWORD);
    }

    /** The same for an account with a password of its own (one a test made). */
    public Browser signedInAs(String username, String password) {
        WorkbenchLogin.signIn(port, username, password).forEach((name, value) -> {
            if (!value.isEmpty()) {
                driver.executeCdpCommand(
                        "Network.setCookie", Map.of("name", name, "value", value, "url", base + "/", "httpOnly", true));
            }
        });
        return this;
    }

    public Browser signOut() {
        driver.manage().deleteAllCookies();
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        find(css).click();
        return this;
    }

    /**
     * Clicks a button that sends a form and waits for the page that answers: a new document, however long the server
     * takes (the old page is marked, and the wait ends once no page bears the mark).
     */
    public Browser submit(String css) {
        driver.executeScript("window.xfSending = true");
        click(css);
        return waitForNewPage();
    }

    /** The same for a button that asks "are you sure?" first: the answer is yes. */
    public Browser submitConfirmed(String css) {
        driver.executeScript("window.xfSending = true");
        click(css);
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        return waitForNewPage();
    }

    private Browser waitForNewPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
                .ignoring(WebDriverException.class)
                .until(browser -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) browser).executeScript("return window.xfSending === undefined")));
        return this;
    }

    public String pageText() {
        return find("body").getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), POLL).until(condition);
    }

    /** Waits until the element shows this text. */
    public Browser waitForText(String css, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return this;
    }

    /**
     * Looks at the page as it is now at a phone's width and a desktop's: a full-page screenshot of each, named
     * {@code <language>/<width>/<name>.png}, and axe-core's check of each. Leaves the browser at desktop width.
     */
    public Browser lookAtBothWidths(String name) {
        phone();
        look(name, PHONE);
        desktop();
        look(name, DESKTOP);
        return this;
    }

    /** A screenshot and the accessibility check at the current width. */
    public Browser look(String name, int width) {
        screenshot(name, width);
        assertAccessible(name);
        return this;
    }

    public Path screenshot(String name, int width) {
        return capture(
                SCREENSHOTS.resolve(language).resolve(String.valueOf(width)).resolve(name + ".png"));
    }

    /**
     * What a failed test leaves of the page it stopped on, for a failure seen only in CI: a screenshot under {@code
     * target/screenshots/failed/} and, printed beside the failure, the address and the element that had the focus.
     */
    void keepFailedPage(String name) {
        try {
            Path file = capture(SCREENSHOTS.resolve("failed").resolve(name + ".png"));
            Object focused = driver.executeScript(
                    "const e = document.activeElement; return e ? e.outerHTML.split('>')[0] + '>' : '';");
            System.out.printf(
                    "The browser was at %s, the focus on %s; its screenshot: %s%n",
                    driver.getCurrentUrl(), focused, file);
        } catch (WebDriverException | UncheckedIOException unavailable) {
            System.out.println("The browser's page could not be kept: " + unavailable.getMessage());
        }
    }

    private Path capture(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * axe-core's WCAG 2.1 A and AA rules on the page as it is now, its frames included: no serious or critical
     * violation. axe is loaded into the page and into every frame of the page's origin (a frame it cannot enter is
     * left out, as Deque's legacy runner leaves it), then run once in the page, which gathers the frames' results;
     * only the violations come back. Deque's {@code AxeBuilder} took about twice as long for the same answer.
     */
    public Browser assertAccessible(String name) {
        loadAxeIntoEveryFrame();
        driver.switchTo().defaultContent();
        List<Violation> violations = readViolations((String) driver.executeAsyncScript(RUN_AXE));
        List<String> blocking = violations.stream()
                .filter(violation -> BLOCKING_IMPACTS.contains(violation.impact()))
                .map(Violation::toString)
                .toList();
        assertThat(blocking)
                .as("serious or critical accessibility violations on %s (%s, %s)", name, language, path())
                .isEmpty();
        return this;
    }

    /** A rule the page breaks: where, by the CSS selectors of its first elements. */
    record Violation(String id, String impact, String help, List<Object> targets) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " at "
                    + targets.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    private static List<Violation> readViolations(String json) {
        try {
            return List.of(JSON.readValue(json, Violation[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadAxeIntoEveryFrame() {
        driver.switchTo().defaultContent();
        loadAxeOnce();
        for (WebElement frame : driver.findElements(By.cssSelector("iframe, frame"))) {
            try {
                driver.switchTo().frame(frame);
                loadAxeOnce();
            } catch (WebDriverException notEntered) {
                // Another origin's frame, or one that is gone: axe leaves it out of the results.
            } finally {
                driver.switchTo().defaultContent();
            }
        }
    }

    /**
     * Loads axe into the document the driver is in, unless an earlier check of it did: as a script of the page from
     * {@value #AXE_PATH} (the build puts Deque's copy where the application serves webjars), which Chromium caches
     * with its compiled code; else, where the page's server has no such file, by sending axe's source.
     */
    private void loadAxeOnce() {
        if (!Boolean.TRUE.equals(driver.executeAsyncScript(LOAD_AXE))) {
            driver.executeScript(AXE_SOURCE);
        }
    }

    private static String axeSource() {
        try {
            return new AxeBuilder().getAxeScriptProvider().getScript();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
