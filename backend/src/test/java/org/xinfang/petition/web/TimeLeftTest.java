package org.xinfang.petition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.web.TimeLeft.State;

class TimeLeftTest {

    private static final Instant WARN = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-09T02:00:00Z");

    @Test
    void aStageIsOnTimeBeforeItsWarningAtRiskFromItAndOverdueFromItsDueTime() {
        assertThat(TimeLeft.of(WARN, DUE, 5, WARN.minusSeconds(1)).state()).isEqualTo(State.ON_TIME);
        assertThat(TimeLeft.of(WARN, DUE, 2, WARN).state()).isEqualTo(State.AT_RISK);
        assertThat(TimeLeft.of(WARN, DUE, 0, DUE).state()).isEqualTo(State.OVERDUE);
    }

    @Test
    void withoutAWarningTheLastWorkingDayIsAtRisk() {
        assertThat(TimeLeft.of(null, DUE, 2, WARN).state()).isEqualTo(State.ON_TIME);
        assertThat(TimeLeft.of(null, DUE, 1, WARN).state()).isEqualTo(State.AT_RISK);
    }

    @Test
    void aStageWithoutADueTimeHasNoCountdown() {
        assertThat(TimeLeft.of(WARN, null, null, WARN)).isNull();
    }
}
