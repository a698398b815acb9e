package org.xinfang.petition.process;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The names that {@code processes/rectification.bpmn} uses, in one place: 整改 of a case whose complainant rated the
 * reply unsatisfied, keyed by the case's tracking number.
 */
public final class RectificationProcess {

    public static final String KEY = "rectification";

    private RectificationProcess() {}

    /** The user tasks, by their ids in the model. */
    public enum Step {
        RECTIFY("userTask_rectify"),
        CHECK("userTask_checkRectification");

        private final String taskKey;

        Step(String taskKey) {
            this.taskKey = taskKey;
        }

        public String taskKey() {
            return taskKey;
        }

        public MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable("stage.RECTIFICATION_" + name());
        }
    }

    /** The timers on the rectification and its check: the warning before the limit and the limit itself. */
    public static final class Boundary {
        public static final String WARNING = "boundaryEvent_rectificationWarning";
        public static final String OVERDUE = "boundaryEvent_rectificationOverdue";
        /** The office's check has a limit of its own besides. */
        public static final String CHECK_WARNING = "boundaryEvent_rectificationCheckWarning";

        public static final String CHECK_OVERDUE = "boundaryEvent_rectificationCheckOverdue";

        private Boundary() {}
    }

    /** The ends of the model. */
    public static final class End {
        public static final String RECTIFIED = "endEvent_rectified";
        public static final String ACCEPTED = "endEvent_rectificationAccepted";
        public static final String CHECK_WARNED = "endEvent_rectificationCheckWarned";
        public static final String CHECK_OVERDUE = "endEvent_rectificationCheckOverdue";

        private End() {}
    }

    /** The flows the office's check chooses between. */
    public static final class Flow {
        public static final String ACCEPTED = "flow_accepted";
        public static final String SENT_BACK = "flow_sentBack";

        private Flow() {}
    }

    /** Process variables: the running limit the timers read, and the office's decision the gateway reads. */
    public static final class Var {
        public static final String DUE = "rectificationDue";
        public static final String WARNING = "rectificationWarning";
        public static final String CHECK_DUE = "rectificationCheckDue";
        public static final String CHECK_WARNING = "rectificationCheckWarning";
        public static final String ACCEPTED = "rectificationAccepted";

        /** Form input read once by the task's completion listener and never kept in the process. */
        public static final String MEASURES = "measures";

        public static final String COMMENT = "comment";

        private Var() {}
    }
}
