package org.xinfang.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.http.HttpStatus;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.shared.PetitionException;

/** 退回时限: open until the RETURN_WINDOW counted from the sign-for clock's start runs out, and not a moment after. */
class ReturnWindowPolicyTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String NUMBER = "XF20260302-640104-ABCD";
    static final Instant DISPATCHED = beijing("2026-03-02T09:00");
    static final Instant CLOSES = beijing("2026-03-10T00:00");

    final Cases cases = mock(Cases.class);
    final Deadlines deadlines = mock(Deadlines.class);
    final Complaint complaint = mock(Complaint.class);
    final DelegateExecution execution = mock(DelegateExecution.class);

    @BeforeEach
    void aCaseDispatchedOnMondayMorning() {
        when(execution.getProcessBusinessKey()).thenReturn(NUMBER);
        when(cases.get(NUMBER)).thenReturn(complaint);
        when(complaint.getTrackingNumber()).thenReturn(NUMBER);
        when(deadlines.lastStart(complaint, DeadlineStage.SIGN_FOR)).thenReturn(DISPATCHED);
        when(deadlines.dueAfter(complaint, DeadlineStage.RETURN_WINDOW, DISPATCHED))
                .thenReturn(CLOSES);
    }

    @Test
    void theWindowIsOpenFromTheDispatchUntilItsLastMoment() {
        assertThat(policyAt(DISPATCHED).isOpen(execution)).isTrue();
        assertThat(policyAt(CLOSES.minusSeconds(1)).isOpen(execution)).isTrue();
    }

    @Test
    void theWindowIsClosedFromTheMomentItRunsOut() {
        assertThat(policyAt(CLOSES).isOpen(execution)).isFalse();
        assertThat(policyAt(CLOSES.plusSeconds(86_400)).isOpen(execution)).isFalse();
    }

    @Test
    void theRefusalIsAConflictNamingTheCaseAndWhenTheWindowClosed() {
        PetitionException refusal = catchThrowableOfType(
                PetitionException.class, () -> policyAt(CLOSES).refuse(execution));

        assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refusal.code()).isEqualTo("case.return-window-passed");
        assertThat(refusal.args()).containsExactly(NUMBER, "2026-03-10 00:00");
    }

    ReturnWindowPolicy policyAt(Instant now) {
        return new ReturnWindowPolicy(cases, deadlines, Clock.fixed(now, BEIJING));
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }
}
