package org.xinfang.petition.review;

/** What a reviewing body concluded of the opinion it reviewed. */
public enum ReviewConclusion {
    /** 维持: the opinion stands. */
    UPHELD,
    /** 撤销或变更: the body changes the opinion; its own opinion says how. */
    CHANGED
}
