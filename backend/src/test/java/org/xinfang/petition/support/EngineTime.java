package org.xinfang.petition.support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.xinfang.petition.process.ComplaintProcess;

/**
 * The engine clock, which the whole application reads, and the timers of a case. The job executor is off in
 * tests, so a test stops the clock, moves it on and fires the timers that have come due itself, as the job
 * executor would: suspended timers (a stopped deadline clock) are not fired. The clock stands still between moves
 * ({@link PinnedClock}), and every test starts again at the base.
 */
public final class EngineTime {

    private final ManagementService management;
    private final RuntimeService runtime;

    EngineTime(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /** Stops the clock at a whole second: MariaDB keeps no fractions in the engine's dates. */
    public Instant stopAt(Instant moment) {
        Instant whole = moment.truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(whole));
        return whole;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public Instant advance(Duration duration) {
        return stopAt(now().plus(duration));
    }

    /** Back to where every test starts: stopped at {@link PinnedClock#BASE}. */
    public void reset() {
        PinnedClock.pinAt(PinnedClock.BASE);
    }

    /** The case's pending timers: the activity each belongs to (its boundary event) and when it is due. */
    public Map<String, Instant> timers(String trackingNumber) {
        return timers(ComplaintProcess.KEY, trackingNumber);
    }

    /** The same for the instance of another process under its business key (a consultation). */
    public Map<String, Instant> timers(String processKey, String businessKey) {
        Map<String, Instant> timers = new LinkedHashMap<>();
        for (Job job : management
                .createJobQuery()
                .processInstanceId(processInstanceId(processKey, businessKey))
                .timers()
                .orderByJobDuedate()
                .asc()
                .list()) {
            timers.put(activityOf(job), job.getDuedate().toInstant());
        }
        return timers;
    }

    /** Fires, as the job executor would, every timer of the case that is due by now; returns their activities. */
    public List<String> fireDueTimers(String trackingNumber) {
        return fireDueTimers(ComplaintProcess.KEY, trackingNumber);
    }

    /** The same for the instance of another process under its business key (a consultation). */
    public List<String> fireDueTimers(String processKey, String businessKey) {
        List<String> fired = new ArrayList<>();
        List<Job> due = dueTimers(processKey, businessKey);
        while (!due.isEmpty()) {
            for (Job job : due) {
                fired.add(activityOf(job));
                management.executeJob(job.getId());
            }
            due = dueTimers(processKey, businessKey);
        }
        return fired;
    }

    /** The due timers of the running instance; none once a timer has ended it (a window that passed). */
    private List<Job> dueTimers(String processKey, String businessKey) {
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey(processKey)
                        .processInstanceBusinessKey(businessKey)
                        .count()
                == 0) {
            return List.of();
        }
        return management
                .createJobQuery()
                .processInstanceId(processInstanceId(processKey, businessKey))
                .timers()
                .executable()
                .active()
                .orderByJobDuedate()
                .asc()
                .list();
    }

    private String activityOf(Job job) {
        return management
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult()
                .getActivityId();
    }

    private String processInstanceId(String processKey, String businessKey) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .singleResult();
        if (instance == null) {
            throw new IllegalStateException(businessKey + " has no running " + processKey + " process");
        }
        return instance.getId();
    }
}
