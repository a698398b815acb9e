package org.xinfang.petition.complaint;

/** What a complaint is about; drives routing and time limits. */
public enum Category {
    /** 民警执法执勤及作风. */
    POLICE_CONDUCT,
    /** 户政管理. */
    HOUSEHOLD_REGISTRATION,
    /** 出入境管理. */
    EXIT_ENTRY,
    /** 交通管理. */
    TRAFFIC,
    /** 治安管理. */
    PUBLIC_ORDER,
    /** 案件办理 (刑事、行政案件). */
    CASE_HANDLING,
    /** 网络安全. */
    CYBERSECURITY,
    /** 其他. */
    OTHER
}
