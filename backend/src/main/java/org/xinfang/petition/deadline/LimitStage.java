package org.xinfang.petition.deadline;

/** The stages that carry a response limit in the {@code time-limits} decision. */
enum LimitStage {
  TRIAGE("triage"),
  DISPATCH("dispatch"),
  SIGN_FOR("signFor"),
  HANDLING("handling"),
  CALLBACK("callback"),
  REVIEW("review");

  private final String variablePrefix;

  LimitStage(String variablePrefix) {
    this.variablePrefix = variablePrefix;
  }

  /** The process variable holding the running limit, read by the model's timers and due dates. */
  String dueVariable() {
    return variablePrefix + "Due";
  }

  /** The process variable holding the moment the handler is warned. */
  String warningVariable() {
    return variablePrefix + "Warning";
  }
}
