package org.xinfang.petition.evaluation;

/** Why a window evaluator was pressed 不满意: a fixed list, so that a rating can never carry free text. */
public enum WindowRatingReason {
    /** 办理太慢. */
    SLOW,
    /** 服务态度. */
    ATTITUDE,
    /** 办理结果. */
    RESULT,
    /** 其他. */
    OTHER
}
