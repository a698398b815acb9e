package org.xinfang.petition.consultation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The names that {@code processes/consultation.bpmn} uses, in one place. */
public final class ConsultationProcess {

    public static final String KEY = "consultation";

    private ConsultationProcess() {}

    /** The user tasks, by their ids in the model. */
    public enum Step {
        ROUTE("userTask_route"),
        ANSWER("userTask_answer"),
        DECIDE_PUBLICATION("userTask_decidePublication");

        private final String taskKey;

        Step(String taskKey) {
            this.taskKey = taskKey;
        }

        public String taskKey() {
            return taskKey;
        }

        MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable("stage.CONSULTATION_" + name());
        }
    }

    /** The activities that are not user tasks, by their ids in the model. */
    public static final class Activity {
        public static final String ROUTE_BY_CATEGORY = "businessRuleTask_routeByCategory";
        public static final String START_ANSWER_CLOCK = "serviceTask_startAnswerClock";
        public static final String RECORD_REROUTE = "serviceTask_recordReroute";
        public static final String RECORD_ANSWER_WARNING = "serviceTask_recordAnswerWarning";
        public static final String RECORD_ANSWER_OVERDUE = "serviceTask_recordAnswerOverdue";
        public static final String RECORD_ROUTING_WARNING = "serviceTask_recordRouteWarning";
        public static final String RECORD_ROUTING_OVERDUE = "serviceTask_recordRouteOverdue";
        public static final String RECORD_PUBLICATION_WARNING = "serviceTask_recordPublicationWarning";
        public static final String RECORD_PUBLICATION_OVERDUE = "serviceTask_recordPublicationOverdue";
        public static final String PUBLISH = "serviceTask_publish";
        public static final String CLOSE_UNPUBLISHED = "serviceTask_closeUnpublished";

        private Activity() {}
    }

    /** The events beside the answer task: its two timers and the office's reroute. */
    public static final class Boundary {
        public static final String ANSWER_WARNING = "boundaryEvent_answerWarning";
        public static final String ANSWER_OVERDUE = "boundaryEvent_answerOverdue";
        public static final String ROUTING_WARNING = "boundaryEvent_routeWarning";
        public static final String ROUTING_OVERDUE = "boundaryEvent_routeOverdue";
        public static final String PUBLICATION_WARNING = "boundaryEvent_publicationWarning";
        public static final String PUBLICATION_OVERDUE = "boundaryEvent_publicationOverdue";
        public static final String REROUTED = "boundaryEvent_rerouted";

        private Boundary() {}
    }

    /** The end events, by their ids in the model. */
    public static final class End {
        public static final String PUBLISHED = "endEvent_published";
        public static final String CLOSED = "endEvent_closed";
        public static final String WARNED = "endEvent_warned";
        public static final String OVERDUE_RECORDED = "endEvent_overdueRecorded";
        public static final String ROUTING_WARNED = "endEvent_routeWarned";
        public static final String ROUTING_OVERDUE = "endEvent_routeOverdue";
        public static final String PUBLICATION_WARNED = "endEvent_publicationWarned";
        public static final String PUBLICATION_OVERDUE = "endEvent_publicationOverdue";

        private End() {}
    }

    /** The sequence flows whose conditions or targets decide the path. */
    public static final class Flow {
        public static final String ROUTED = "flow_routed";
        public static final String NOT_ROUTED = "flow_notRouted";
        public static final String REROUTE_TO_CLOCK = "flow_rerouteToClock";
        public static final String PUBLISH = "flow_publish";
        public static final String NOT_PUBLISHED = "flow_notPublished";

        private Flow() {}
    }

    /** The petition office sends the question to another department while it waits for its answer. */
    public static final class Message {
        public static final String REROUTED = "ConsultationRerouted";

        private Message() {}
    }

    /** Process variables: what the routing, the candidate groups and the timers read. */
    static final class Var {
        static final String CATEGORY = "category";
        static final String REGION = "region";
        /** The department (unit code) whose handlers answer; bureau-routing proposes it. */
        static final String DEPARTMENT = "department";

        static final String ANSWER_DUE = "answerDue";
        static final String ANSWER_WARNING = "answerWarning";
        /** The office's limit on routing, and the limit on the publication decision, with their warnings. */
        static final String ROUTING_DUE = "routeDue";

        static final String ROUTING_WARNING = "routeWarning";
        static final String PUBLICATION_DUE = "publicationDue";
        static final String PUBLICATION_WARNING = "publicationWarning";
        static final String PUBLISH = "publish";

        /** Input read once, never kept in the process. */
        static final String REASON = "reason";

        static final String TEXT = "text";
        static final String PUBLIC_QUESTION = "publicQuestion";
        static final String PUBLIC_ANSWER = "publicAnswer";

        private Var() {}
    }
}
