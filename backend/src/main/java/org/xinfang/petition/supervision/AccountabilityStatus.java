package org.xinfang.petition.supervision;

/** Where an accountability record stands. */
public enum AccountabilityStatus {
    /** Recorded; the bureau's superiors decide what follows. */
    OPEN,
    /** An inspector recorded the outcome (e.g. 约谈, 通报, 监察建议). */
    CONCLUDED
}
