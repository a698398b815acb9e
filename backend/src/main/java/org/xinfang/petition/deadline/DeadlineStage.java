package org.xinfang.petition.deadline;

import java.util.List;
import org.xinfang.petition.process.ComplaintProcess.Boundary;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.RectificationProcess;

/**
 * The stages that carry a response limit in the {@code time-limits} decision. The timed ones (sign-for,
 * handling, rectification) also have a clock: a deadline record, process variables their timers read, and the ids of
 * those timers and of the stage's tasks in the model.
 */
public enum DeadlineStage {
    TRIAGE,
    DISPATCH,
    SIGN_FOR(
            new Clock(
                    Var.SIGN_FOR_DUE, Var.SIGN_FOR_WARNING, Boundary.SIGN_FOR_WARNING, Boundary.SIGN_FOR_OVERDUE, true),
            Stage.SIGN_FOR.taskKey()),
    RETURN_WINDOW,
    HANDLING(
            new Clock(
                    Var.HANDLING_DUE, Var.HANDLING_WARNING, Boundary.HANDLING_WARNING, Boundary.HANDLING_OVERDUE, true),
            Stage.HANDLING.taskKey(),
            Stage.REPLY_APPROVAL.taskKey()),
    EXTENSION_MAX,
    CALLBACK,
    REVIEW,
    SUPERVISION_ORDER,
    EXTENSION_APPROVAL,
    SUPERVISION_ISSUE,
    /** 在线咨询: routing by the office, the department's answer, the publication decision (their own model's clock). */
    CONSULTATION_ROUTING,
    CONSULTATION_ANSWER,
    CONSULTATION_PUBLICATION,
    /**
     * 整改: the bureau puts right what a complainant rated unsatisfied, and the office checks it; the clock of its own
     * model ({@code rectification}), beside the case's stages, so it never moves the case's due date.
     */
    RECTIFICATION(
            new Clock(
                    RectificationProcess.Var.DUE,
                    RectificationProcess.Var.WARNING,
                    RectificationProcess.Boundary.WARNING,
                    RectificationProcess.Boundary.OVERDUE,
                    false),
            RectificationProcess.Step.RECTIFY.taskKey()),
    RECTIFICATION_CHECK,
    /** 答复公开的保密审查: the review of a proposal to publish a reply (its own model, {@code reply-disclosure}). */
    DISCLOSURE_REVIEW;

    @SuppressWarnings("ImmutableEnumChecker") // a record of strings
    private final Clock clock;

    @SuppressWarnings("ImmutableEnumChecker") // always an unmodifiable list (List.of)
    private final List<String> taskKeys;

    DeadlineStage() {
        this(null);
    }

    DeadlineStage(Clock clock, String... taskKeys) {
        this.clock = clock;
        this.taskKeys = List.of(taskKeys);
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

    /** Whether the stage's limit is the case's due date (a stage of the case's own process). */
    boolean isTheCasesDue() {
        return clock.casesDue();
    }

    /**
     * What a timed stage's clock is made of in its model: its variables and its timers, and whether its limit is the
     * case's due date.
     */
    private record Clock(
            String dueVariable, String warningVariable, String warningTimer, String overdueTimer, boolean casesDue) {}
}
