package org.xinfang.petition.supervision;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The names that {@code processes/supervision.bpmn} uses, in one place. */
public final class SupervisionProcess {

    public static final String KEY = "supervision";

    private SupervisionProcess() {}

    /** The user tasks, by their ids in the model. */
    public enum Step {
        ISSUE_ORDER("userTask_issueOrder"),
        ANSWER_ORDER("userTask_answerOrder");

        private final String taskKey;

        Step(String taskKey) {
            this.taskKey = taskKey;
        }

        public String taskKey() {
            return taskKey;
        }

        MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable("stage.SUPERVISION_" + name());
        }
    }

    /** The activities that are not user tasks, by their ids in the model. */
    public static final class Activity {
        /** The chain of orders at one level after another; it ends when the supervised stage is done. */
        public static final String CHAIN = "subProcess_chain";

        public static final String RECORD_ISSUE_WARNING = "serviceTask_recordIssueWarning";
        public static final String RECORD_ISSUE_OVERDUE = "serviceTask_recordIssueOverdue";
        public static final String RECORD_ORDER_WARNING = "serviceTask_recordOrderWarning";

        private Activity() {}
    }

    /**
     * The boundary events: the supervised stage's end on the chain, the order's deadline and the warning before it
     * on the answer, the inspectors' own limit on issuing an order.
     */
    public static final class Boundary {
        public static final String STAGE_COMPLETED = "boundaryEvent_stageCompleted";
        public static final String ORDER_MISSED = "boundaryEvent_orderMissed";
        public static final String ORDER_WARNING = "boundaryEvent_orderWarning";
        public static final String ISSUE_WARNING = "boundaryEvent_issueWarning";
        public static final String ISSUE_OVERDUE = "boundaryEvent_issueOverdue";

        private Boundary() {}
    }

    /** The sequence flows whose conditions decide the path after a missed order. */
    public static final class Flow {
        public static final String SECOND_MISS = "flow_secondMiss";
        public static final String NOT_SECOND_MISS = "flow_notSecondMiss";
        public static final String HIGHER_LEVEL = "flow_higherLevel";
        public static final String TOP_LEVEL = "flow_topLevel";

        private Flow() {}
    }

    /** The messages that start a supervision or end it; all keyed by the tracking number. */
    static final class Message {
        static final String CASE_OVERDUE = "CaseOverdue";
        static final String FLAGGED = "SupervisionFlagged";
        static final String STAGE_COMPLETED = "SupervisedStageCompleted";

        private Message() {}
    }

    /** Process variables: the unit codes the candidate groups read, the order's deadline, the missed orders. */
    static final class Var {
        /** The supervised stage (a {@code DeadlineStage}); its end is correlated by it. */
        static final String STAGE = "stage";

        static final String BUREAU = "bureau";
        /** The unit whose inspectors supervise now; it climbs the organisation tree on a missed order. */
        static final String LEVEL = "level";

        static final String FLAGGED = "flagged";
        static final String ORDER_DUE = "orderDue";
        static final String ORDER_WARNING = "orderWarning";
        /** The inspectors' limit on issuing the next order (time-limits SUPERVISION_ISSUE) and its warning. */
        static final String ISSUE_DUE = "issueDue";

        static final String ISSUE_WARNING = "issueWarning";
        static final String MISSED_ORDERS = "missedOrders";

        /** Input read once, never kept in the process. */
        static final String REASON = "reason";

        static final String INSTRUCTIONS = "instructions";
        static final String WORKING_DAYS = "workingDays";
        static final String ANSWER = "answer";
        /** 整改方案 and the day it is to be done by (yyyy-MM-dd), both or neither. */
        static final String PLAN = "plan";

        static final String PLAN_DUE = "planDue";

        private Var() {}
    }
}
