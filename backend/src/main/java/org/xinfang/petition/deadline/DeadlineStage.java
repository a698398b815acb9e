package org.xinfang.petition.deadline;

import java.util.List;

/**
 * The stages that carry a response limit in the {@code time-limits} decision. The timed ones (sign-for,
 * handling) also have a clock: a deadline record, process variables their timers read, and the ids of those
 * timers and of the stage's tasks in the model.
 */
public enum DeadlineStage {
  TRIAGE(null, List.of()),
  DISPATCH(null, List.of()),
  SIGN_FOR("signFor", List.of("userTask_signFor")),
  RETURN_WINDOW(null, List.of()),
  HANDLING("handling", List.of("userTask_handleAndReply", "userTask_approveReply")),
  EXTENSION_MAX(null, List.of()),
  CALLBACK(null, List.of()),
  REVIEW(null, List.of()),
  SUPERVISION_ORDER(null, List.of()),
  EXTENSION_APPROVAL(null, List.of()),
  SUPERVISION_ISSUE(null, List.of()),
  /** 在线咨询: routing by the office, the department's answer, the publication decision (their own model's clock). */
  CONSULTATION_ROUTING(null, List.of()),
  CONSULTATION_ANSWER(null, List.of()),
  CONSULTATION_PUBLICATION(null, List.of());

  private final String variablePrefix;
  @SuppressWarnings("ImmutableEnumChecker") // always a List.of(...), which cannot be changed
  private final List<String> taskKeys;

  DeadlineStage(String variablePrefix, List<String> taskKeys) {
    this.variablePrefix = variablePrefix;
    this.taskKeys = taskKeys;
  }

  /** The process variable with the running limit, read by the stage's overdue timer and task due dates. */
  String dueVariable() {
    return variablePrefix + "Due";
  }

  /** The process variable with the moment of the warning, read by the stage's warning timer. */
  String warningVariable() {
    return variablePrefix + "Warning";
  }

  String warningTimer() {
    return "boundaryEvent_" + variablePrefix + "Warning";
  }

  String overdueTimer() {
    return "boundaryEvent_" + variablePrefix + "Overdue";
  }

  List<String> taskKeys() {
    return taskKeys;
  }
}
