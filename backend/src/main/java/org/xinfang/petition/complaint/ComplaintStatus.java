package org.xinfang.petition.complaint;

/**
 * Where a complaint stands. The process model sets it: each user task and end event of
 * {@code complaint-handling.bpmn} names its status in the extension property {@value #PROPERTY}.
 */
public enum ComplaintStatus {
    /** 待受理: registered, waiting for the petition office to decide acceptance. */
    PENDING_TRIAGE(false),
    /** 否定报备: the office proposes not to accept the case, or to merge it; its leader decides. */
    PENDING_REFUSAL_APPROVAL(false),
    /** 待派单: accepted, waiting to be dispatched to a bureau. */
    PENDING_DISPATCH(false),
    /** 待签收: dispatched, waiting for the bureau to sign for it. */
    PENDING_SIGN_FOR(false),
    /** 办理中: the bureau is handling it. */
    IN_HANDLING(false),
    /** 待审核: the reply waits for the bureau leader's approval. */
    PENDING_APPROVAL(false),
    /** 待回访: replied, waiting for the petition office's callback. */
    PENDING_CALLBACK(false),
    /** 督查复核: unsatisfied twice, under an inspector's review. */
    UNDER_REVIEW(false),
    /** 已办结. */
    CLOSED(true),
    /** 复查中: the complainant asked the body above the bureau to review the handling; it answers within its limit. */
    IN_REVIEW(false),
    /** 复查已答复: the review opinion was given; the complainant may still ask for a re-review within the window. */
    REVIEWED(true),
    /** 复核中: the body above the reviewing one re-reviews the case. */
    IN_RE_REVIEW(false),
    /** 已终结 (三级终结): reviewed and re-reviewed; the same matter is not accepted again. */
    CLOSED_FOR_GOOD(true),
    /** 不予受理. */
    NOT_ACCEPTED(true),
    /** 重复件并单: merged into an open case. */
    MERGED(true),
    /** 已撤回: the complainant withdrew the complaint while it was open. */
    WITHDRAWN(true);

    /** The extension property by which an activity of the model names the status it sets. */
    public static final String PROPERTY = "caseStatus";

    private final boolean terminal;

    ComplaintStatus(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
