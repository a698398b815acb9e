package org.xinfang.petition.process;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The names that {@code processes/complaint-review.bpmn} uses, in one place: 复查 and 复核 of a closed case's handling
 * by the bodies above its bureau (三级终结), keyed by the case's tracking number.
 */
public final class ReviewProcess {

    public static final String KEY = "complaint-review";

    private ReviewProcess() {}

    /** The two levels of review, each a user task of the body that answers it. */
    public enum Level {
        /** 复查: by the body above the bureau that handled the case. */
        REVIEW("userTask_review", "ReviewRequested"),
        /** 复核: by the body above the one that reviewed it; its answer closes the matter for good. */
        RE_REVIEW("userTask_reReview", "ReReviewRequested");

        private final String taskKey;
        private final String message;

        Level(String taskKey, String message) {
            this.taskKey = taskKey;
            this.message = message;
        }

        public String taskKey() {
            return taskKey;
        }

        /** The message by which the complainant's request reaches the waiting model. */
        public String message() {
            return message;
        }

        public MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable("stage." + (this == REVIEW ? "HIGHER_REVIEW" : name()));
        }
    }

    /** The timers: each level's warning and limit, and the end of each window for asking. */
    public static final class Boundary {
        public static final String REVIEW_WARNING = "boundaryEvent_higherReviewWarning";
        public static final String REVIEW_OVERDUE = "boundaryEvent_higherReviewOverdue";
        public static final String RE_REVIEW_WARNING = "boundaryEvent_reReviewWarning";
        public static final String RE_REVIEW_OVERDUE = "boundaryEvent_reReviewOverdue";
        public static final String REVIEW_WINDOW = "timerEvent_reviewWindowEnds";
        public static final String RE_REVIEW_WINDOW = "timerEvent_reReviewWindowEnds";

        private Boundary() {}
    }

    /** The ends of the model. */
    public static final class End {
        /** No body above the bureau in the organisation: nothing to ask for. */
        public static final String NO_REVIEW_BODY = "endEvent_noReviewBody";
        /** The window for 复查 passed without a request. */
        public static final String REVIEW_WINDOW_CLOSED = "endEvent_reviewWindowClosed";
        /** The window for 复核 passed: the review opinion stands. */
        public static final String REVIEW_STANDS = "endEvent_reviewStands";

        public static final String CLOSED_FOR_GOOD = "endEvent_closedForGood";

        private End() {}
    }

    /** Process variables: each window's end and each level's running limit, which the timers read. */
    public static final class Var {
        public static final String REVIEW_WINDOW_ENDS = "reviewWindowEnds";
        public static final String RE_REVIEW_WINDOW_ENDS = "reReviewWindowEnds";
        public static final String REVIEW_DUE = "higherReviewDue";
        public static final String REVIEW_WARNING = "higherReviewWarning";
        public static final String RE_REVIEW_DUE = "reReviewDue";
        public static final String RE_REVIEW_WARNING = "reReviewWarning";

        /** Form input read once by the task's completion listener and never kept in the process. */
        public static final String OPINION = "opinion";

        public static final String CONCLUSION = "conclusion";

        private Var() {}
    }
}
