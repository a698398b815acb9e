package org.xinfang.petition.consultation;

/** Where a consultation stands. */
public enum ConsultationStatus {
    /** No department follows from the question: the petition office routes it. */
    ROUTING(false),
    /** With the department, to be answered within the limit. */
    AWAITING_ANSWER(false),
    /** Answered; the office or the department's leader decides on publication. */
    ANSWERED(false),
    /** Answered and published as a public Q&A. */
    PUBLISHED(true),
    /** Answered, not published. */
    CLOSED(true);

    private final boolean terminal;

    ConsultationStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
