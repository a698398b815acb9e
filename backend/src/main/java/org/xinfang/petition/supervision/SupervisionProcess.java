package org.xinfang.petition.supervision;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The names that {@code processes/supervision.bpmn} uses, in one place. */
final class SupervisionProcess {

  static final String KEY = "supervision";

  private SupervisionProcess() {}

  /** The user tasks, by their ids in the model. */
  enum Step {
    ISSUE_ORDER("userTask_issueOrder"),
    ANSWER_ORDER("userTask_answerOrder");

    private final String taskKey;

    Step(String taskKey) {
      this.taskKey = taskKey;
    }

    String taskKey() {
      return taskKey;
    }

    MessageSourceResolvable label() {
      return new DefaultMessageSourceResolvable("stage.SUPERVISION_" + name());
    }
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
    static final String MISSED_ORDERS = "missedOrders";

    /** Input read once, never kept in the process. */
    static final String REASON = "reason";
    static final String INSTRUCTIONS = "instructions";
    static final String WORKING_DAYS = "workingDays";
    static final String ANSWER = "answer";

    private Var() {}
  }
}
