package org.xinfang.petition.deadline;

import java.time.Duration;
import java.time.Instant;

/** A response limit and how long before it the handler is warned, counted in calendar time. */
record TimeLimit(Duration limit, Duration warnBefore) {

  Instant dueFrom(Instant start) {
    return start.plus(limit);
  }

  /** The warning never precedes the start: a limit shorter than its warning lead warns at once. */
  Instant warningFrom(Instant start) {
    Instant warning = dueFrom(start).minus(warnBefore);
    return warning.isBefore(start) ? start : warning;
  }
}
