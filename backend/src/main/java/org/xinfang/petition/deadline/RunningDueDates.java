package org.xinfang.petition.deadline;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xinfang.petition.process.StageDueDates;

/** The due dates of the cases' running (or stopped) limits, by the tasks of their stages. */
@Component
class RunningDueDates implements StageDueDates {

    private final CaseDeadlineRepository deadlines;

    RunningDueDates(CaseDeadlineRepository deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Map<Long, Map<String, StageDueDates.Limit>> of(Collection<Long> complaintIds) {
        Map<Long, Map<String, StageDueDates.Limit>> due = new HashMap<>();
        if (complaintIds.isEmpty()) {
            return due;
        }
        for (CaseDeadline deadline : deadlines.findByComplaintIdInAndStatusNot(complaintIds, DeadlineStatus.ENDED)) {
            Map<String, StageDueDates.Limit> byTask =
                    due.computeIfAbsent(deadline.getComplaintId(), id -> new HashMap<>());
            deadline.getStage()
                    .taskKeys()
                    .forEach(task ->
                            byTask.put(task, new StageDueDates.Limit(deadline.getWarnAt(), deadline.getDueAt())));
        }
        return due;
    }
}
