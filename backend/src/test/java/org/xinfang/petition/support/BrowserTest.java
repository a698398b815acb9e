package org.xinfang.petition.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of every browser test: the running application (the suite's one context), its API to prepare cases, and
 * the run's one Chromium, made as new before each test: signed out, at desktop width, in Chinese. A test that fails
 * keeps the page it stopped on ({@link FailedPages}).
 */
@PetitionTest
@ExtendWith(FailedPages.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    /** Our API, to bring cases to the state a test starts from. */
    protected Api api;

    protected Complaints complaints;

    @BeforeEach
    void freshBrowser() {
        browser = Browser.shared(port);
        if (api == null) {
            api = new Api(port);
            complaints = new Complaints(api);
        }
    }
}
