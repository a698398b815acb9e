package org.xinfang.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.http.HttpStatus;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.shared.PetitionException;

/** 指定办理不得退回: a designated case may not be returned; any other may (within its window). */
class NoReturnAfterDesignationPolicyTest {

    static final String NUMBER = "XF20260302-640104-ABCD";

    final Cases cases = mock(Cases.class);
    final Complaint complaint = mock(Complaint.class);
    final DelegateExecution execution = mock(DelegateExecution.class);
    final NoReturnAfterDesignationPolicy policy = new NoReturnAfterDesignationPolicy(cases);

    @BeforeEach
    void aCase() {
        when(execution.getProcessBusinessKey()).thenReturn(NUMBER);
        when(cases.get(NUMBER)).thenReturn(complaint);
    }

    @Test
    void aDesignatedCaseMayNotBeReturned() {
        when(complaint.isDesignated()).thenReturn(true);

        assertThat(policy.forbidsReturn(execution)).isTrue();
    }

    @Test
    void aCaseDispatchedWithoutDesignationMayBeReturned() {
        when(complaint.isDesignated()).thenReturn(false);

        assertThat(policy.forbidsReturn(execution)).isFalse();
    }

    @Test
    void theRefusalIsAConflictNamingTheCase() {
        PetitionException refusal = catchThrowableOfType(PetitionException.class, () -> policy.refuse(execution));

        assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refusal.code()).isEqualTo("case.designated-no-return");
        assertThat(refusal.args()).containsExactly(NUMBER);
    }
}
