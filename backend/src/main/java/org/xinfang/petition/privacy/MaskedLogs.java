package org.xinfang.petition.privacy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Puts {@link MaskingEncoder} before the encoder of every console and file appender once Spring Boot has configured
 * logging (plain text, or JSON by {@code logging.structured.format.console} / {@code .file}; see
 * docs/operations.md, "Logs"): masking happens in the logging pipeline itself, not in each call that logs.
 */
public final class MaskedLogs implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            mask(context);
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** Every appender of {@code context} that writes lines masks them; those that do already are left as they are. */
    static void mask(LoggerContext context) {
        for (Logger logger : context.getLoggerList()) {
            logger.iteratorForAppenders().forEachRemaining(MaskedLogs::mask);
        }
    }

    private static void mask(Appender<ILoggingEvent> appender) {
        if (appender instanceof OutputStreamAppender<ILoggingEvent> lines
                && !(lines.getEncoder() instanceof MaskingEncoder)) {
            lines.setEncoder(new MaskingEncoder(lines.getEncoder()));
        }
    }
}
