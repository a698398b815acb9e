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
 * Every test starts on the engine clock at {@link #BASE}, a Monday in a year whose holiday schedule is loaded,
 * still ticking; so no test depends on the day it runs (limits of 60 days from late November would reach a
 * year not yet published). A test that moves the clock further needs no clean-up: the next test starts at the
 * base again.
 */
public class PinnedClock implements BeforeEachCallback, AfterEachCallback {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  public static final Instant BASE = LocalDateTime.parse("2026-06-01T09:00").atZone(BEIJING).toInstant();

  @Override
  public void beforeEach(ExtensionContext context) {
    pinAt(BASE);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    pinAt(BASE);
  }

  /** Moves the engine clock to {@code at}; it keeps ticking from there. */
  public static void pinAt(Instant at) {
    ClockUtil.reset();
    ClockUtil.offset(at.toEpochMilli() - System.currentTimeMillis());
  }

  /** Moves the engine clock to a Beijing local time, e.g. {@code "2026-09-30T10:00"}. */
  public static void pinAt(String beijingLocalDateTime) {
    pinAt(LocalDateTime.parse(beijingLocalDateTime).atZone(BEIJING).toInstant());
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }
}
