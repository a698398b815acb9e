package org.xinfang.petition.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * Every test starts on the engine clock stopped at {@link #BASE}, a Monday in a year whose holiday schedule is
 * loaded; so no test depends on the day it runs (limits of 60 days from late November would reach a year not yet
 * published) nor on how fast it runs: the clock stands still until the test moves it. Two things done one after the
 * other therefore bear the same time, as they may in production within one second. A test that moves the clock
 * needs no clean-up: the next test starts at the base again. Only the engine clock stands still: the database's
 * own time and the connection and HTTP timeouts are real.
 */
public class PinnedClock implements BeforeEachCallback, AfterEachCallback {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final Instant BASE =
            LocalDateTime.parse("2026-06-01T09:00").atZone(BEIJING).toInstant();

    @Override
    public void beforeEach(ExtensionContext context) {
        pinAt(BASE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        pinAt(BASE);
    }

    /** Moves the engine clock to {@code at}; it stands there until moved again. */
    public static void pinAt(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    /** Moves the engine clock to a Beijing local time, e.g. {@code "2026-09-30T10:00"}. */
    public static void pinAt(String beijingLocalDateTime) {
        pinAt(LocalDateTime.parse(beijingLocalDateTime).atZone(BEIJING).toInstant());
    }

    public static Date now() {
        return ClockUtil.getCurrentTime();
    }
}
