package org.xinfang.petition.process;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The names that {@code processes/complaint-handling.bpmn} and its decisions use, in one place, so that
 * delegates, services and tests never spell them on their own.
 */
public final class ComplaintProcess {

    public static final String KEY = "complaint-handling";
    public static final String ROUTING_DECISION = "bureau-routing";
    public static final String TIME_LIMITS_DECISION = "time-limits";

    private ComplaintProcess() {}

    /** The columns of the {@value #TIME_LIMITS_DECISION} table: what it reads and what it answers. */
    public static final class TimeLimitsTable {
        public static final String STAGE = "stage";
        public static final String URGENCY = "urgency";
        public static final String CATEGORY = "category";
        public static final String LIMIT = "limit";
        public static final String WARN_BEFORE = "warnBefore";

        private TimeLimitsTable() {}
    }

    /** The user tasks, by their ids in the model. */
    public enum Stage {
        TRIAGE("userTask_triage"),
        DISPATCH("userTask_dispatch"),
        SIGN_FOR("userTask_signFor"),
        HANDLING("userTask_handleAndReply"),
        REPLY_APPROVAL("userTask_approveReply"),
        CALLBACK("userTask_callback"),
        INSPECTOR_REVIEW("userTask_inspectorReview"),
        EXTENSION_LEADER_APPROVAL("userTask_approveExtensionByLeader"),
        EXTENSION_OFFICE_APPROVAL("userTask_approveExtensionByOffice"),
        /** 一次性告知: the bureau leader decides on a second request for material within one handling stage. */
        MATERIAL_REPEAT_APPROVAL("userTask_approveRepeatMaterialRequest"),
        /** 否定报备: the office leader's approval of not accepting a case or merging it as a repeat. */
        REFUSAL_APPROVAL("userTask_approveRefusal");

        private final String taskKey;

        Stage(String taskKey) {
            this.taskKey = taskKey;
        }

        public String taskKey() {
            return taskKey;
        }

        /** The stage's name in both languages, resolved where the message is rendered. */
        public MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable("stage." + name());
        }

        public static Stage ofTaskKey(String taskKey) {
            for (Stage stage : values()) {
                if (stage.taskKey.equals(taskKey)) {
                    return stage;
                }
            }
            throw new IllegalArgumentException("Not a stage of " + KEY + ": " + taskKey);
        }
    }

    /**
     * A bureau's return of a misrouted case: the gateway that asks the return's policies (handling's
     * ReturnWindowPolicy and NoReturnAfterDesignationPolicy) and the steps that refuse it.
     */
    public static final class ReturnPath {
        public static final String MAY_RETURN = "gateway_mayReturn";
        public static final String RETURNED = "flow_returned";
        public static final String REFUSE_AFTER_DESIGNATION = "serviceTask_refuseReturnAfterDesignation";
        public static final String REFUSE_AFTER_WINDOW = "serviceTask_refuseReturnAfterWindow";

        private ReturnPath() {}
    }

    /** The extension subprocess's ends beside its two approvals ({@link Stage#EXTENSION_LEADER_APPROVAL}, ...). */
    public static final class ExtensionPath {
        public static final String SUBPROCESS = "eventSubProcess_extension";
        public static final String GRANT = "serviceTask_grantExtension";
        public static final String GRANTED = "endEvent_extensionGranted";
        public static final String REFUSED_BY_LEADER = "endEvent_extensionRefusedByLeader";
        public static final String REFUSED_BY_OFFICE = "endEvent_extensionRefusedByOffice";

        private ExtensionPath() {}
    }

    /** The material subprocess's gateway that asks the one-time notice policy, and the end of a refused repeat. */
    public static final class MaterialPath {
        public static final String FIRST_REQUEST = "gateway_firstMaterialRequest";
        public static final String PAUSE = "serviceTask_pauseClock";
        public static final String REPEAT_REFUSED = "endEvent_repeatRefused";

        private MaterialPath() {}
    }

    /** Process variables: few, typed, and only what the gateways and timers read. */
    public static final class Var {
        public static final String CATEGORY = "category";
        public static final String URGENCY = "urgency";
        public static final String REGION = "region";
        public static final String TRIAGE_DECISION = "triageDecision";
        public static final String PROPOSED_BUREAU = "proposedBureau";
        public static final String BUREAU = "bureau";
        public static final String SIGN_FOR_DECISION = "signForDecision";
        public static final String REPLY_APPROVED = "replyApproved";
        public static final String CALLBACK_RESULT = "callbackResult";
        public static final String REOPEN_COUNT = "reopenCount";
        public static final String EXTENSION_APPROVED = "extensionApproved";
        public static final String MATERIAL_REPEAT_APPROVED = "materialRepeatApproved";
        public static final String OVERRIDE = "override";
        /** The running limits and warnings that the sign-for and handling timers and the tasks' due dates read. */
        public static final String SIGN_FOR_DUE = "signForDue";

        public static final String SIGN_FOR_WARNING = "signForWarning";
        public static final String HANDLING_DUE = "handlingDue";
        public static final String HANDLING_WARNING = "handlingWarning";
        /** The same for the office's, the inspectors' and the approvers' tasks, each with a clock of its own. */
        public static final String TRIAGE_DUE = "triageDue";

        public static final String TRIAGE_WARNING = "triageWarning";
        public static final String DISPATCH_DUE = "dispatchDue";
        public static final String DISPATCH_WARNING = "dispatchWarning";
        public static final String CALLBACK_DUE = "callbackDue";
        public static final String CALLBACK_WARNING = "callbackWarning";
        public static final String REVIEW_DUE = "reviewDue";
        public static final String REVIEW_WARNING = "reviewWarning";
        public static final String EXTENSION_BY_LEADER_DUE = "extensionByLeaderDue";
        public static final String EXTENSION_BY_LEADER_WARNING = "extensionByLeaderWarning";
        public static final String EXTENSION_BY_OFFICE_DUE = "extensionByOfficeDue";
        public static final String EXTENSION_BY_OFFICE_WARNING = "extensionByOfficeWarning";
        public static final String REPEAT_MATERIAL_DUE = "repeatMaterialDue";
        public static final String REPEAT_MATERIAL_WARNING = "repeatMaterialWarning";
        public static final String REFUSAL_APPROVAL_DUE = "refusalApprovalDue";
        public static final String REFUSAL_APPROVAL_WARNING = "refusalApprovalWarning";
        /** The office leader's decision on a proposed refusal, read by the gateway after it. */
        public static final String REFUSAL_APPROVED = "refusalApproved";
        /** What a proposed refusal keeps until it is approved: the reason, or the original to merge into. */
        public static final String REFUSAL_REASON = "refusalReason";

        public static final String MERGE_INTO = "mergeInto";

        /** Form input read once by the task's completion listener and never kept in the process. */
        public static final String REASON = "reason";

        public static final String COMMENT = "comment";
        public static final String REPLY_TEXT = "replyText";
        public static final String ORIGINAL_TRACKING_NUMBER = "originalTrackingNumber";
        public static final String CONCLUSION = "conclusion";

        private Var() {}
    }

    /** The activities that are not user tasks, by their ids in the model. */
    public static final class Activity {
        public static final String PROPOSE_BUREAU = "businessRuleTask_proposeBureau";
        public static final String START_SIGN_FOR_CLOCK = "serviceTask_startSignForClock";
        public static final String START_HANDLING_CLOCK = "serviceTask_startHandlingClock";
        /** The sub-process that holds handling and its approval, with the handling clock's timers. */
        public static final String HANDLING = "subProcess_handling";

        public static final String SEND_REPLY = "serviceTask_sendReply";
        public static final String REOPEN = "serviceTask_reopenCase";
        public static final String RECORD_SIGN_FOR_WARNING = "serviceTask_recordSignForWarning";
        public static final String RECORD_SIGN_FOR_OVERDUE = "serviceTask_recordSignForOverdue";
        public static final String RECORD_HANDLING_WARNING = "serviceTask_recordHandlingWarning";
        public static final String RECORD_HANDLING_OVERDUE = "serviceTask_recordHandlingOverdue";
        public static final String RECORD_TRIAGE_WARNING = "serviceTask_recordTriageWarning";
        public static final String RECORD_TRIAGE_OVERDUE = "serviceTask_recordTriageOverdue";
        public static final String RECORD_DISPATCH_WARNING = "serviceTask_recordDispatchWarning";
        public static final String RECORD_DISPATCH_OVERDUE = "serviceTask_recordDispatchOverdue";
        public static final String RECORD_CALLBACK_WARNING = "serviceTask_recordCallbackWarning";
        public static final String RECORD_CALLBACK_OVERDUE = "serviceTask_recordCallbackOverdue";
        public static final String RECORD_REVIEW_WARNING = "serviceTask_recordReviewWarning";
        public static final String RECORD_REVIEW_OVERDUE = "serviceTask_recordReviewOverdue";
        public static final String RECORD_EXTENSION_BY_LEADER_WARNING = "serviceTask_recordExtensionByLeaderWarning";
        public static final String RECORD_EXTENSION_BY_LEADER_OVERDUE = "serviceTask_recordExtensionByLeaderOverdue";
        public static final String RECORD_EXTENSION_BY_OFFICE_WARNING = "serviceTask_recordExtensionByOfficeWarning";
        public static final String RECORD_EXTENSION_BY_OFFICE_OVERDUE = "serviceTask_recordExtensionByOfficeOverdue";
        public static final String RECORD_REPEAT_MATERIAL_WARNING = "serviceTask_recordRepeatMaterialWarning";
        public static final String RECORD_REPEAT_MATERIAL_OVERDUE = "serviceTask_recordRepeatMaterialOverdue";

        private Activity() {}
    }

    /** The timers beside the tasks with a clock, the handling sub-process and the wait for material. */
    public static final class Boundary {
        public static final String SIGN_FOR_WARNING = "boundaryEvent_signForWarning";
        public static final String SIGN_FOR_OVERDUE = "boundaryEvent_signForOverdue";
        public static final String HANDLING_WARNING = "boundaryEvent_handlingWarning";
        public static final String HANDLING_OVERDUE = "boundaryEvent_handlingOverdue";
        public static final String MATERIAL_WAIT_OVER = "boundaryEvent_materialWaitOver";
        public static final String TRIAGE_WARNING = "boundaryEvent_triageWarning";
        public static final String TRIAGE_OVERDUE = "boundaryEvent_triageOverdue";
        public static final String DISPATCH_WARNING = "boundaryEvent_dispatchWarning";
        public static final String DISPATCH_OVERDUE = "boundaryEvent_dispatchOverdue";
        public static final String CALLBACK_WARNING = "boundaryEvent_callbackWarning";
        public static final String CALLBACK_OVERDUE = "boundaryEvent_callbackOverdue";
        public static final String REVIEW_WARNING = "boundaryEvent_reviewWarning";
        public static final String REVIEW_OVERDUE = "boundaryEvent_reviewOverdue";
        public static final String EXTENSION_BY_LEADER_WARNING = "boundaryEvent_extensionByLeaderWarning";
        public static final String EXTENSION_BY_LEADER_OVERDUE = "boundaryEvent_extensionByLeaderOverdue";
        public static final String EXTENSION_BY_OFFICE_WARNING = "boundaryEvent_extensionByOfficeWarning";
        public static final String EXTENSION_BY_OFFICE_OVERDUE = "boundaryEvent_extensionByOfficeOverdue";
        public static final String REPEAT_MATERIAL_WARNING = "boundaryEvent_repeatMaterialWarning";
        public static final String REPEAT_MATERIAL_OVERDUE = "boundaryEvent_repeatMaterialOverdue";
        public static final String REFUSAL_APPROVAL_WARNING = "boundaryEvent_refusalApprovalWarning";
        public static final String REFUSAL_APPROVAL_OVERDUE = "boundaryEvent_refusalApprovalOverdue";

        private Boundary() {}
    }

    /** The end events, by their ids in the model. */
    public static final class End {
        public static final String CLOSED = "endEvent_closed";
        public static final String NOT_ACCEPTED = "endEvent_notAccepted";
        public static final String MERGED = "endEvent_merged";
        public static final String WITHDRAWN = "endEvent_withdrawn";
        /** The end of the handling sub-process once the reply is approved. */
        public static final String REPLY_APPROVED = "endEvent_replyApproved";

        public static final String SIGN_FOR_WARNED = "endEvent_signForWarned";
        public static final String SIGN_FOR_OVERDUE = "endEvent_signForOverdue";
        public static final String HANDLING_WARNED = "endEvent_handlingWarned";
        public static final String HANDLING_OVERDUE = "endEvent_handlingOverdue";
        public static final String TRIAGE_WARNED = "endEvent_triageWarned";
        public static final String TRIAGE_OVERDUE = "endEvent_triageOverdue";
        public static final String DISPATCH_WARNED = "endEvent_dispatchWarned";
        public static final String DISPATCH_OVERDUE = "endEvent_dispatchOverdue";
        public static final String CALLBACK_WARNED = "endEvent_callbackWarned";
        public static final String CALLBACK_OVERDUE = "endEvent_callbackOverdue";
        public static final String REVIEW_WARNED = "endEvent_reviewWarned";
        public static final String REVIEW_OVERDUE = "endEvent_reviewOverdue";
        public static final String EXTENSION_BY_LEADER_WARNED = "endEvent_extensionByLeaderWarned";
        public static final String EXTENSION_BY_LEADER_OVERDUE = "endEvent_extensionByLeaderOverdue";
        public static final String EXTENSION_BY_OFFICE_WARNED = "endEvent_extensionByOfficeWarned";
        public static final String EXTENSION_BY_OFFICE_OVERDUE = "endEvent_extensionByOfficeOverdue";
        public static final String REPEAT_MATERIAL_WARNED = "endEvent_repeatMaterialWarned";
        public static final String REPEAT_MATERIAL_OVERDUE = "endEvent_repeatMaterialOverdue";

        private End() {}
    }

    /** Messages the model waits for, correlated by the tracking number. */
    public static final class Message {
        public static final String EXTENSION_REQUESTED = "ExtensionRequested";
        public static final String MATERIAL_REQUESTED = "MaterialRequested";
        public static final String MATERIAL_SUPPLIED = "MaterialSupplied";
        /** The complainant withdraws the complaint (interrupting: the case ends). */
        public static final String COMPLAINT_WITHDRAWN = "ComplaintWithdrawn";

        private Message() {}
    }

    /** 受理决定. */
    public enum TriageDecision {
        ACCEPT,
        NOT_ACCEPT,
        MERGE
    }

    /** 签收或退回. */
    public enum SignForDecision {
        SIGN_FOR,
        RETURN
    }
}
