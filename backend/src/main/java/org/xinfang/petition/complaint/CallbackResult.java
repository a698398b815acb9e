package org.xinfang.petition.complaint;

/** The complainant's verdict at the callback (回访). */
public enum CallbackResult {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意: reopens handling once, then goes to an inspector. */
    UNSATISFIED
}
