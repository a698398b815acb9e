package org.xinfang.petition.complaint;

/** What happened to a case; public types also show on the citizen's status page. */
public enum CaseEventType {
    REGISTERED(true),
    ACCEPTED(true),
    NOT_ACCEPTED(true),
    MERGED_AS_REPEAT(true),
    REPEAT_LINKED(false),
    /** 否定报备: a clerk proposes not to accept the case or to merge it (the reason or the original); the leader decides. */
    REFUSAL_PROPOSED(false),
    /** The office leader sends a proposed refusal back to triage, saying why. */
    REFUSAL_SENT_BACK(false),
    REFUSAL_APPROVAL_WARNING(false),
    REFUSAL_APPROVAL_OVERDUE(false),
    /** 首问负责: the case's owner in the office handed it over to another clerk, with the reason. */
    OWNER_HANDED_OVER(false),
    /** AB岗: a member's taken task went to the colleague who stands in while they are away. */
    ACTING_FOR(false),
    FLAGS_CHANGED(false),
    DISPATCHED(true),
    SIGNED_FOR(true),
    RETURNED(false),
    REPLY_DRAFTED(false),
    REPLY_APPROVED(false),
    REPLY_REJECTED(false),
    REPLIED(true),
    CALLBACK_RECORDED(true),
    REOPENED(true),
    REVIEWED(true),
    CLOSED(true),
    /** 复查: the complainant asked the body above the bureau to review the handling, with the reason. */
    REVIEW_REQUESTED(true),
    /** The review opinion (复查意见), sent to the complainant. */
    REVIEW_ANSWERED(true),
    /** 复核: the complainant asked the body above the reviewing one to re-review it. */
    RE_REVIEW_REQUESTED(true),
    /** The re-review opinion (复核意见); the matter is closed for good (三级终结). */
    RE_REVIEW_ANSWERED(true),
    /** A new filing of a matter closed for good, answered that it is no longer accepted, with the final case. */
    NO_LONGER_ACCEPTED(true),
    HIGHER_REVIEW_WARNING(false),
    HIGHER_REVIEW_OVERDUE(false),
    RE_REVIEW_WARNING(false),
    RE_REVIEW_OVERDUE(false),
    SIGN_FOR_WARNING(false),
    SIGN_FOR_OVERDUE(false),
    HANDLING_WARNING(false),
    HANDLING_OVERDUE(false),
    /** The warning and the overdue card of the office's, the inspectors' and the approvers' own clocks. */
    TRIAGE_WARNING(false),
    TRIAGE_OVERDUE(false),
    DISPATCH_WARNING(false),
    DISPATCH_OVERDUE(false),
    CALLBACK_WARNING(false),
    CALLBACK_OVERDUE(false),
    REVIEW_WARNING(false),
    REVIEW_OVERDUE(false),
    EXTENSION_BY_LEADER_WARNING(false),
    EXTENSION_BY_LEADER_OVERDUE(false),
    EXTENSION_BY_OFFICE_WARNING(false),
    EXTENSION_BY_OFFICE_OVERDUE(false),
    CALENDAR_GAP(false),
    EXTENSION_REQUESTED(false),
    EXTENSION_APPROVED_BY_LEADER(false),
    EXTENSION_REFUSED(false),
    DEADLINE_EXTENDED(true),
    CLOCK_PAUSED(true),
    /** 一次性告知: a second request for material in one handling stage, with its reason; the leader decides. */
    MATERIAL_REPEAT_REQUESTED(false),
    MATERIAL_REPEAT_APPROVED(false),
    MATERIAL_REPEAT_REFUSED(false),
    REPEAT_MATERIAL_WARNING(false),
    REPEAT_MATERIAL_OVERDUE(false),
    CLOCK_RESUMED(true),
    SUPERVISION_STARTED(false),
    SUPERVISION_ORDER_ISSUED(false),
    SUPERVISION_ORDER_ANSWERED(false),
    SUPERVISION_ORDER_MISSED(false),
    /** 整改方案: the day of a plan set out in an order's answer has passed; checked by the inspectors. */
    SUPERVISION_PLAN_DUE(false),
    /** The supervised unit's yellow card before an order is due. */
    SUPERVISION_ORDER_WARNING(false),
    /** The inspectors' own limit on issuing the next order: warned, and run out. */
    SUPERVISION_ISSUE_WARNING(false),
    SUPERVISION_ISSUE_OVERDUE(false),
    SUPERVISION_ESCALATED(false),
    ACCOUNTABILITY_RECORDED(false),
    ACCOUNTABILITY_CONCLUDED(false),
    SUPERVISION_RESOLVED(false),
    WITHDRAWN(true),
    /** The complainant rated the reply (好差评) or changed the verdict. */
    RATED(true),
    /** 差评: the bureau that replied is to put it right within the limit (整改). */
    RECTIFICATION_REQUESTED(true),
    RECTIFICATION_REPORTED(false),
    RECTIFICATION_SENT_BACK(false),
    /** The office checked the bureau's rectification and accepted it. */
    RECTIFICATION_ACCEPTED(true),
    RECTIFICATION_WARNING(false),
    RECTIFICATION_OVERDUE(false),
    RECTIFICATION_CHECK_WARNING(false),
    RECTIFICATION_CHECK_OVERDUE(false),
    DISCLOSURE_REVIEW_WARNING(false),
    DISCLOSURE_REVIEW_OVERDUE(false);

    private final boolean visibleToComplainant;

    CaseEventType(boolean visibleToComplainant) {
        this.visibleToComplainant = visibleToComplainant;
    }

    public boolean isVisibleToComplainant() {
        return visibleToComplainant;
    }
}
