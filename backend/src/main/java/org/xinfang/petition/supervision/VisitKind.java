package org.xinfang.petition.supervision;

/** How a unit was inspected on a visit (明查暗访、突击检查). */
public enum VisitKind {
    /** 明查: announced. */
    OPEN,
    /** 暗访: unannounced, incognito. */
    UNDERCOVER,
    /** 突击检查: a surprise check. */
    SURPRISE
}
