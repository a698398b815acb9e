package org.xinfang.petition.complaint;

/** How a complaint reached us (渠道). All but WEB are entered by an operator on the citizen's behalf. */
public enum Channel {
    /** 网上投诉, filed by the citizen. */
    WEB,
    /** A hotline whose number was not recorded (cases entered before the lines were told apart). */
    HOTLINE,
    /** 12389 公安机关和民警违法违纪举报投诉电话 (the police-conduct line). */
    HOTLINE_12389,
    /** 12345 政务服务便民热线 (the government service hotline). */
    HOTLINE_12345,
    /** 来信. */
    LETTER,
    /** 信箱. */
    MAILBOX,
    /** 来访 (窗口). */
    WALK_IN,
    /** 110 报警服务台转来: a complaint about the police that the 110 desk took and passed on. */
    DESK_110;

    public boolean enteredByOperator() {
        return this != WEB;
    }
}
