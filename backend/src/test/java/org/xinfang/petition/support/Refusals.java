package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.http.HttpStatus;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PetitionException.FieldViolation;

/** Asserts that a step is refused the way the API answers it: bad input names its field, a state refusal its code. */
public final class Refusals {

    private Refusals() {}

    /** Refused as bad input (400), naming the field and the message code. */
    public static void assertInvalid(ThrowingCallable step, String field, String code) {
        PetitionException refusal = catchThrowableOfType(PetitionException.class, step);
        assertThat(refusal).as("the refusal of bad %s", field).isNotNull();
        assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusal.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple(field, code));
    }

    /** Refused because of the case's state or the actor (409, 403, …) with this message code. */
    public static void assertRefused(ThrowingCallable step, HttpStatus status, String code) {
        PetitionException refusal = catchThrowableOfType(PetitionException.class, step);
        assertThat(refusal).as("the refusal %s", code).isNotNull();
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.code()).isEqualTo(code);
    }
}
