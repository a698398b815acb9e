package org.xinfang.petition.complaint;

/** What happened to a case; public types also show on the citizen's status page. */
public enum CaseEventType {
    REGISTERED(true),
    ACCEPTED(true),
    NOT_ACCEPTED(true),
    MERGED_AS_REPEAT(true),
    REPEAT_LINKED(false),
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
    SIGN_FOR_WARNING(false),
    SIGN_FOR_OVERDUE(false),
    HANDLING_WARNING(false),
    HANDLING_OVERDUE(false),
    CALENDAR_GAP(false),
    EXTENSION_REQUESTED(false),
    EXTENSION_APPROVED_BY_LEADER(false),
    EXTENSION_REFUSED(false),
    DEADLINE_EXTENDED(true),
    CLOCK_PAUSED(true),
    CLOCK_RESUMED(true),
    SUPERVISION_STARTED(false),
    SUPERVISION_ORDER_ISSUED(false),
    SUPERVISION_ORDER_ANSWERED(false),
    SUPERVISION_ORDER_MISSED(false),
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
    RECTIFICATION_OVERDUE(false);

    private final boolean visibleToComplainant;

    CaseEventType(boolean visibleToComplainant) {
        this.visibleToComplainant = visibleToComplainant;
    }

    public boolean isVisibleToComplainant() {
        return visibleToComplainant;
    }
}
