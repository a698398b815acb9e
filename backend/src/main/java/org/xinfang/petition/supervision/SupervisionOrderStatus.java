package org.xinfang.petition.supervision;

/** Where a supervision order stands. */
public enum SupervisionOrderStatus {
    /** Waiting for the bureau's answer. */
    ISSUED,
    /** The bureau answered by the deadline (办复). */
    ANSWERED,
    /** The deadline passed without an answer (逾期未办复): the chain climbed one level. */
    MISSED,
    /** The supervised stage was done while the order was open. */
    CLOSED
}
