package org.xinfang.petition.evaluation;

import java.time.Instant;

/** How many ratings a window evaluator sent since a moment, and the earliest of them (null when none). */
record RecentRatings(long count, Instant earliest) {}
