package org.xinfang.petition.survey;

/** The police service an imported service user used. */
enum PoliceService {
    /** 110 报警. */
    CALL_110,
    /** 119 火警. */
    CALL_119,
    /** 122 交通事故报警. */
    CALL_122,
    /** 窗口办事. */
    WINDOW
}
