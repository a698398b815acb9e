package org.xinfang.petition.process;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The due dates (and warnings) of the running limits of cases, as the deadline records hold them: the one source of the due dates
 * shown to users. A task's own due date follows them in the engine, but is not what anyone reads.
 */
public interface StageDueDates {

    /** By complaint id, then by task key, each running or stopped limit of those cases. */
    Map<Long, Map<String, Limit>> of(Collection<Long> complaintIds);

    /** A limit's warning (the yellow card) and its due date. */
    record Limit(Instant warnAt, Instant dueAt) {}
}
