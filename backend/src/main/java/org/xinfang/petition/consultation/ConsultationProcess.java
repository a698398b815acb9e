package org.xinfang.petition.consultation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The names that {@code processes/consultation.bpmn} uses, in one place. */
final class ConsultationProcess {

  static final String KEY = "consultation";

  private ConsultationProcess() {}

  /** The user tasks, by their ids in the model. */
  enum Step {
    ROUTE("userTask_route"),
    ANSWER("userTask_answer"),
    DECIDE_PUBLICATION("userTask_decidePublication");

    private final String taskKey;

    Step(String taskKey) {
      this.taskKey = taskKey;
    }

    String taskKey() {
      return taskKey;
    }

    MessageSourceResolvable label() {
      return new DefaultMessageSourceResolvable("stage.CONSULTATION_" + name());
    }
  }

  /** The petition office sends the question to another department while it waits for its answer. */
  static final class Message {
    static final String REROUTED = "ConsultationRerouted";

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
    static final String PUBLISH = "publish";

    /** Input read once, never kept in the process. */
    static final String REASON = "reason";
    static final String TEXT = "text";
    static final String PUBLIC_QUESTION = "publicQuestion";
    static final String PUBLIC_ANSWER = "publicAnswer";

    private Var() {}
  }
}
