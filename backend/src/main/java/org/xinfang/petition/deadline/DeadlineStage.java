package org.xinfang.petition.deadline;

import java.util.Arrays;
import java.util.List;
import org.xinfang.petition.disclosure.DisclosureProcess;
import org.xinfang.petition.process.ComplaintProcess.Boundary;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.process.RectificationProcess;
import org.xinfang.petition.process.ReviewProcess;

/**
 * The stages that carry a response limit in the {@code time-limits} decision. The timed ones also have a clock: a
 * deadline record, process variables their timers read, the ids of those timers and of the stage's tasks in the
 * model, and whose limit it is.
 */
public enum DeadlineStage {
    TRIAGE(
            officeClock(Var.TRIAGE_DUE, Var.TRIAGE_WARNING, Boundary.TRIAGE_WARNING, Boundary.TRIAGE_OVERDUE),
            Stage.TRIAGE),
    DISPATCH(
            officeClock(Var.DISPATCH_DUE, Var.DISPATCH_WARNING, Boundary.DISPATCH_WARNING, Boundary.DISPATCH_OVERDUE),
            Stage.DISPATCH),
    /** 否定报备: the office leader's decision on a proposed refusal; the office answers for it when late. */
    REFUSAL_APPROVAL(
            officeClock(
                    Var.REFUSAL_APPROVAL_DUE,
                    Var.REFUSAL_APPROVAL_WARNING,
                    Boundary.REFUSAL_APPROVAL_WARNING,
                    Boundary.REFUSAL_APPROVAL_OVERDUE),
            Stage.REFUSAL_APPROVAL),
    SIGN_FOR(
            new Clock(
                    Var.SIGN_FOR_DUE,
                    Var.SIGN_FOR_WARNING,
                    Boundary.SIGN_FOR_WARNING,
                    Boundary.SIGN_FOR_OVERDUE,
                    Keeper.BUREAU,
                    true,
                    true),
            Stage.SIGN_FOR),
    RETURN_WINDOW,
    HANDLING(
            new Clock(
                    Var.HANDLING_DUE,
                    Var.HANDLING_WARNING,
                    Boundary.HANDLING_WARNING,
                    Boundary.HANDLING_OVERDUE,
                    Keeper.BUREAU,
                    true,
                    true),
            Stage.HANDLING,
            Stage.REPLY_APPROVAL),
    EXTENSION_MAX,
    CALLBACK(
            officeClock(Var.CALLBACK_DUE, Var.CALLBACK_WARNING, Boundary.CALLBACK_WARNING, Boundary.CALLBACK_OVERDUE),
            Stage.CALLBACK),
    /** 督查复核: the inspectors' review after a second unsatisfied callback. */
    REVIEW(
            candidatesClock(Var.REVIEW_DUE, Var.REVIEW_WARNING, Boundary.REVIEW_WARNING, Boundary.REVIEW_OVERDUE),
            Stage.INSPECTOR_REVIEW),
    SUPERVISION_ORDER,
    /** The bureau leader's decision on an extension request, beside handling (whose own clock runs on). */
    EXTENSION_BY_LEADER(
            candidatesClock(
                    Var.EXTENSION_BY_LEADER_DUE,
                    Var.EXTENSION_BY_LEADER_WARNING,
                    Boundary.EXTENSION_BY_LEADER_WARNING,
                    Boundary.EXTENSION_BY_LEADER_OVERDUE),
            Stage.EXTENSION_LEADER_APPROVAL),
    /** The petition office's decision on an extension the leader approved. */
    EXTENSION_BY_OFFICE(
            candidatesClock(
                    Var.EXTENSION_BY_OFFICE_DUE,
                    Var.EXTENSION_BY_OFFICE_WARNING,
                    Boundary.EXTENSION_BY_OFFICE_WARNING,
                    Boundary.EXTENSION_BY_OFFICE_OVERDUE),
            Stage.EXTENSION_OFFICE_APPROVAL),
    /** 一次性告知: the bureau leader's decision on a second request for material in one handling stage. */
    REPEAT_MATERIAL(
            candidatesClock(
                    Var.REPEAT_MATERIAL_DUE,
                    Var.REPEAT_MATERIAL_WARNING,
                    Boundary.REPEAT_MATERIAL_WARNING,
                    Boundary.REPEAT_MATERIAL_OVERDUE),
            Stage.MATERIAL_REPEAT_APPROVAL),
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
                    Keeper.BUREAU,
                    false,
                    true),
            RectificationProcess.Step.RECTIFY.taskKey()),
    /** The office's check of a rectification report, within the rectification's own limit. */
    RECTIFICATION_CHECK(
            officeClock(
                    RectificationProcess.Var.CHECK_DUE,
                    RectificationProcess.Var.CHECK_WARNING,
                    RectificationProcess.Boundary.CHECK_WARNING,
                    RectificationProcess.Boundary.CHECK_OVERDUE),
            RectificationProcess.Step.CHECK.taskKey()),
    /** 答复公开的保密审查: the review of a proposal to publish a reply (its own model, {@code reply-disclosure}). */
    DISCLOSURE_REVIEW(
            candidatesClock(
                    DisclosureProcess.Var.REVIEW_DUE,
                    DisclosureProcess.Var.REVIEW_WARNING,
                    DisclosureProcess.Boundary.REVIEW_WARNING,
                    DisclosureProcess.Boundary.REVIEW_OVERDUE),
            DisclosureProcess.Step.REVIEW.taskKey()),
    /** How long after an opinion (the reply, or the review's) the complainant may ask the next body to review it. */
    REVIEW_WINDOW,
    /** 复查: the body above the bureau answers the review request (its own model, {@code complaint-review}). */
    HIGHER_REVIEW(
            reviewClock(
                    ReviewProcess.Var.REVIEW_DUE,
                    ReviewProcess.Var.REVIEW_WARNING,
                    ReviewProcess.Boundary.REVIEW_WARNING,
                    ReviewProcess.Boundary.REVIEW_OVERDUE),
            ReviewProcess.Level.REVIEW.taskKey()),
    /** 复核: the body above the reviewing one answers the re-review request. */
    RE_REVIEW(
            reviewClock(
                    ReviewProcess.Var.RE_REVIEW_DUE,
                    ReviewProcess.Var.RE_REVIEW_WARNING,
                    ReviewProcess.Boundary.RE_REVIEW_WARNING,
                    ReviewProcess.Boundary.RE_REVIEW_OVERDUE),
            ReviewProcess.Level.RE_REVIEW.taskKey());

    /** Whose limit a clock is: who is warned, and who is supervised once it runs out. */
    public enum Keeper {
        /**
         * The case's bureau: its handlers and leaders are warned; the limit counts in the bureau's assessment and
         * an overdue one puts the bureau under supervision.
         */
        BUREAU,
        /** The petition office: whoever the task waits for is warned; an overdue limit puts the office under supervision. */
        OFFICE,
        /**
         * The higher body reviewing the case (复查 / 复核 机关): its handlers and leaders the task waits for are warned,
         * and an overdue review puts that body under supervision.
         */
        REVIEW_BODY,
        /**
         * Whoever the task waits for (the inspectors reviewing, the leader or the office deciding an extension),
         * who are warned and told when it is overdue; no supervision chain of its own.
         */
        TASK_CANDIDATES;

        /** Whether a unit answers for the limit under supervision when it runs out. */
        public boolean isSupervised() {
            return this != TASK_CANDIDATES;
        }
    }

    @SuppressWarnings("ImmutableEnumChecker") // a record of strings
    private final Clock clock;

    @SuppressWarnings("ImmutableEnumChecker") // always an unmodifiable list (List.of)
    private final List<String> taskKeys;

    DeadlineStage() {
        this(null, new String[0]);
    }

    DeadlineStage(Clock clock, String... taskKeys) {
        this.clock = clock;
        this.taskKeys = List.of(taskKeys);
    }

    DeadlineStage(Clock clock, Stage... stages) {
        this(clock, Arrays.stream(stages).map(Stage::taskKey).toArray(String[]::new));
    }

    private static Clock officeClock(String due, String warning, String warningTimer, String overdueTimer) {
        return new Clock(due, warning, warningTimer, overdueTimer, Keeper.OFFICE, false, false);
    }

    /** A review's limit is the case's due date while it runs: the case is open again, with the reviewing body. */
    private static Clock reviewClock(String due, String warning, String warningTimer, String overdueTimer) {
        return new Clock(due, warning, warningTimer, overdueTimer, Keeper.REVIEW_BODY, true, false);
    }

    private static Clock candidatesClock(String due, String warning, String warningTimer, String overdueTimer) {
        return new Clock(due, warning, warningTimer, overdueTimer, Keeper.TASK_CANDIDATES, false, false);
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

    /** The model's tasks the stage's clock runs for. */
    public List<String> taskKeys() {
        return taskKeys;
    }

    /**
     * Whether the process keeps the clock's due and warning moments as variables: where a task of the stage is
     * entered again within the running clock (a rejected reply, a rectification sent back) and reads them again.
     * The other clocks set them on every way into their task, so the moments live only in the transaction that
     * creates the task and its timers.
     */
    boolean keepsItsMoments() {
        return clock.momentsKept();
    }

    /** Whose limit the stage's clock is; only for a stage with a clock. */
    public Keeper keeper() {
        return clock.keeper();
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
            String dueVariable,
            String warningVariable,
            String warningTimer,
            String overdueTimer,
            Keeper keeper,
            boolean casesDue,
            boolean momentsKept) {}
}
