package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.xinfang.petition.abuse.SubmissionRateLimit;
import org.xinfang.petition.abuse.Submitter;
import org.xinfang.petition.attachment.Attachments;
import org.xinfang.petition.shared.PetitionException;

/**
 * A tracking number another filing took meanwhile is refused by its unique key and the filing goes again; an earlier
 * answer to the same key is looked for only when the key's row or the address's limit refuses the filing.
 */
class IdempotentFilingTest {

    private static final FiledComplaint FILED = new FiledComplaint("XF20261204-640104-K7M3QD", "ABCDEFGH");
    private static final String KEY = "key-0123456789abcdef";
    private static final DataIntegrityViolationException NUMBER_TAKEN =
            new DataIntegrityViolationException("uk_complaint_tracking_number");

    private final Intake intake = mock(Intake.class);
    private final SubmissionRateLimit rateLimit = mock(SubmissionRateLimit.class);
    private final IdempotentFiling filing = new IdempotentFiling(intake, mock(Attachments.class), rateLimit);

    @BeforeEach
    void submissionsAreAllowed() {
        when(rateLimit.submit(any(Submitter.class), any()))
                .thenAnswer(call -> ((Supplier<?>) call.getArgument(1)).get());
    }

    @Test
    void aFilingWithoutKeyWhoseNumberWasTakenIsFiledAgain() {
        when(intake.register(any(), any())).thenThrow(NUMBER_TAKEN).thenReturn(FILED);

        assertThat(filing.file(null, null, "203.0.113.9")).isEqualTo(FILED);
        verify(intake, times(2)).register(any(), any());
    }

    @Test
    void aFilingWithKeyWhoseNumberWasTakenLooksForAnEarlierAnswerThenFilesAgain() {
        when(intake.earlier(anyString(), any())).thenReturn(Optional.empty());
        when(intake.registerOnce(any(), any(), anyString()))
                .thenThrow(NUMBER_TAKEN)
                .thenReturn(FILED);

        assertThat(filing.file(null, KEY, "203.0.113.9")).isEqualTo(FILED);
        verify(intake, times(1)).earlier(anyString(), any());
    }

    @Test
    void aFirstFilingWithKeyDoesNotLookForAnEarlierAnswer() {
        when(intake.registerOnce(any(), any(), anyString())).thenReturn(FILED);

        assertThat(filing.file(null, KEY, "203.0.113.9")).isEqualTo(FILED);
        verify(intake, never()).earlier(anyString(), any());
    }

    @Test
    void aRetryFromAnAddressWithNoSubmissionLeftGetsItsEarlierAnswer() {
        PetitionException limited =
                PetitionException.tooManyRequests(Duration.ofMinutes(5), "submission.rate-limited", 5);
        doThrow(limited).when(rateLimit).submit(any(Submitter.class), any());
        when(intake.earlier(anyString(), any())).thenReturn(Optional.of(FILED));

        assertThat(filing.file(null, KEY, "203.0.113.9")).isEqualTo(FILED);
    }

    @Test
    void aNewFilingFromAnAddressWithNoSubmissionLeftIsRefused() {
        PetitionException limited =
                PetitionException.tooManyRequests(Duration.ofMinutes(5), "submission.rate-limited", 5);
        doThrow(limited).when(rateLimit).submit(any(Submitter.class), any());
        when(intake.earlier(anyString(), any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> filing.file(null, KEY, "203.0.113.9")).isSameAs(limited);
    }

    @Test
    void aRefusalThatPersistsIsNotHidden() {
        when(intake.register(any(), any())).thenThrow(NUMBER_TAKEN);

        assertThatThrownBy(() -> filing.file(null, null, "203.0.113.9")).isSameAs(NUMBER_TAKEN);
        verify(intake, times(3)).register(any(), any());
    }
}
