package org.xinfang.petition.complaint;

/** How a complaint reached us (渠道). All but WEB are entered by an operator on the citizen's behalf. */
public enum Channel {
  /** 网上投诉, filed by the citizen. */
  WEB,
  /** 12389 / 12345 热线. */
  HOTLINE,
  /** 来信. */
  LETTER,
  /** 信箱. */
  MAILBOX,
  /** 来访 (窗口). */
  WALK_IN;

  public boolean enteredByOperator() {
    return this != WEB;
  }
}
