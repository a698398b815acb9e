package org.xinfang.petition.disclosure;

/** Where a proposal to publish a reply stands. */
public enum DisclosureStatus {
    /** 待保密审查. */
    PROPOSED,
    /** 审查未通过. */
    REFUSED,
    /** 已公开. */
    PUBLISHED,
    /** 已撤回. */
    WITHDRAWN
}
