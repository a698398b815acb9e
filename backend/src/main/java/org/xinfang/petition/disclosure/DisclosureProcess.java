package org.xinfang.petition.disclosure;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The names that {@code processes/reply-disclosure.bpmn} uses, in one place: the confidentiality review (保密审查) of
 * one proposal to publish a complaint's reply, keyed by the case's tracking number.
 */
public final class DisclosureProcess {

    public static final String KEY = "reply-disclosure";

    private DisclosureProcess() {}

    /** The user tasks, by their ids in the model. */
    public enum Step {
        REVIEW("userTask_reviewDisclosure");

        private final String taskKey;

        Step(String taskKey) {
            this.taskKey = taskKey;
        }

        public String taskKey() {
            return taskKey;
        }

        public MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable("stage.DISCLOSURE_" + name());
        }
    }

    /** The activities that are not user tasks. */
    public static final class Activity {
        public static final String PUBLISH = "serviceTask_publishReply";

        private Activity() {}
    }

    /** The timers on the review: the warning before its limit and the limit itself. */
    public static final class Boundary {
        public static final String REVIEW_WARNING = "boundaryEvent_disclosureReviewWarning";
        public static final String REVIEW_OVERDUE = "boundaryEvent_disclosureReviewOverdue";

        private Boundary() {}
    }

    /** The end events. */
    public static final class End {
        public static final String PUBLISHED = "endEvent_published";
        public static final String REFUSED = "endEvent_refused";
        public static final String REVIEW_WARNED = "endEvent_disclosureReviewWarned";
        public static final String REVIEW_OVERDUE = "endEvent_disclosureReviewOverdue";

        private End() {}
    }

    /** Process variables: which proposal is reviewed, its running limit, and the review's decision the gateway reads. */
    public static final class Var {
        public static final String DISCLOSURE_ID = "disclosureId";
        public static final String APPROVED = "disclosureApproved";
        public static final String REVIEW_DUE = "disclosureReviewDue";
        public static final String REVIEW_WARNING = "disclosureReviewWarning";

        /** Form input read once by the task's completion listener and never kept in the process. */
        public static final String REFUSAL_REASON = "refusalReason";

        public static final String PUBLIC_SUMMARY = "publicSummary";
        public static final String PUBLIC_REPLY = "publicReply";

        private Var() {}
    }
}
