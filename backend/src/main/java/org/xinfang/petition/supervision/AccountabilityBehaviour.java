package org.xinfang.petition.supervision;

/**
 * The behaviours accountability is recorded for (《信访工作条例》 on the responsibility of units and staff): what an
 * accountability record says was done wrong, counted per unit and behaviour.
 */
public enum AccountabilityBehaviour {
    /** 推诿: passing a matter on that is one's own to handle. */
    PASSING_THE_BUCK,
    /** 敷衍: handling it for form's sake, without resolving it. */
    PERFUNCTORY,
    /** 拖延: not handling it, or not answering supervision, within the limit. */
    DELAY,
    /** 对职责范围内的信访事项不予受理. */
    REFUSING_TO_ACCEPT,
    /** 泄露信访人信息, or passing the complaint to the person or unit it is about. */
    LEAKING_DETAILS,
    /** 打击报复信访人. */
    RETALIATION,
    /** 弄虚作假、虚报瞒报. */
    FALSE_REPORTING,
    /** 拒不执行支持信访请求的处理意见. */
    NOT_IMPLEMENTING,
    /** 处理意见错误，或违法违规处理造成严重后果. */
    WRONGFUL_DECISION
}
