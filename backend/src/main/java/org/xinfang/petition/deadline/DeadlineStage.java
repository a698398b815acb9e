package org.xinfang.petition.deadline;

import java.util.List;
import java.util.stream.Stream;
import org.xinfang.petition.process.ComplaintProcess.Boundary;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;

/**
 * The stages that carry a response limit in the {@code time-limits} decision. The timed ones (sign-for,
 * handling) also have a clock: a deadline record, process variables their timers read, and the ids of those
 * timers and of the stage's tasks in the model.
 */
public enum DeadlineStage {
    TRIAGE,
    DISPATCH,
    SIGN_FOR(
            new Clock(Var.SIGN_FOR_DUE, Var.SIGN_FOR_WARNING, Boundary.SIGN_FOR_WARNING, Boundary.SIGN_FOR_OVERDUE),
            Stage.SIGN_FOR),
    RETURN_WINDOW,
    HANDLING(
            new Clock(Var.HANDLING_DUE, Var.HANDLING_WARNING, Boundary.HANDLING_WARNING, Boundary.HANDLING_OVERDUE),
            Stage.HANDLING,
            Stage.REPLY_APPROVAL),
    EXTENSION_MAX,
    CALLBACK,
    REVIEW,
    SUPERVISION_ORDER,
    EXTENSION_APPROVAL,
    SUPERVISION_ISSUE,
    /** 在线咨询: routing by the office, the department's answer, the publication decision (their own model's clock). */
    CONSULTATION_ROUTING,
    CONSULTATION_ANSWER,
    CONSULTATION_PUBLICATION;

    @SuppressWarnings("ImmutableEnumChecker") // a record of strings
    private final Clock clock;

    @SuppressWarnings("ImmutableEnumChecker") // always an unmodifiable list (Stream.toList)
    private final List<String> taskKeys;

    DeadlineStage() {
        this(null);
    }

    DeadlineStage(Clock clock, Stage... tasks) {
        this.clock = clock;
        this.taskKeys = Stream.of(tasks).map(Stage::taskKey).toList();
    }

    /** The process variable with the running limit, read by the stage's overdue timer and task due dates. */
    String dueVariable() {
        return clock.dueVariable();
    }

    /** The process variable with the moment of the warning, read by the stage's warning timer. */
    String warningVariable() {
        return clock.warningVariable();
    }

    String warningTimer() {
        return clock.warningTimer();
    }

    String overdueTimer() {
        return clock.overdueTimer();
    }

    List<String> taskKeys() {
        return taskKeys;
    }

    /** What a timed stage's clock is made of in {@code complaint-handling}: its variables and its timers. */
    private record Clock(String dueVariable, String warningVariable, String warningTimer, String overdueTimer) {}
}
