package org.xinfang.petition.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** A browser test that fails keeps the page it stopped on ({@link Browser#keepFailedPage}). */
class FailedPages implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestInstance()
                .filter(BrowserTest.class::isInstance)
                .map(test -> ((BrowserTest) test).browser)
                .ifPresent(browser ->
                        browser.keepFailedPage(context.getRequiredTestClass().getSimpleName() + "."
                                + context.getDisplayName().replaceAll("[^\\p{L}\\p{N}._-]+", "_")));
    }
}
