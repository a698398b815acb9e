package org.xinfang.petition.survey;

/** What a surveyor's call brought. */
enum CallOutcome {
    /** The person answered the questionnaire. */
    REACHED,
    /** The person declined. */
    REFUSED,
    /** Nobody answered; counts a try. */
    NO_ANSWER
}
