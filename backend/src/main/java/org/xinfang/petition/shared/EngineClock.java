package org.xinfang.petition.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the system: the process engine's. Timers, due dates and our own timestamps all read it,
 * so a test that moves the engine clock moves everything.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
