package org.xinfang.petition.evaluation;

/** The public's verdict on a reply (好差评). */
public enum Verdict {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意 (差评): the bureau is asked to put it right. */
    UNSATISFIED
}
