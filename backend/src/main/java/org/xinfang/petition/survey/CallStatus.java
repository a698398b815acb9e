package org.xinfang.petition.survey;

/** Where a call of the survey stands. */
enum CallStatus {
    /** Not called yet. */
    PENDING,
    /** Called, nobody answered; tried again until the tries run out. */
    NO_ANSWER,
    /** Nobody answered after the configured number of tries. */
    UNREACHABLE,
    /** The person declined to answer. */
    REFUSED,
    /** The person answered the questionnaire. */
    REACHED;

    boolean isFinal() {
        return this == UNREACHABLE || this == REFUSED || this == REACHED;
    }
}
