package org.xinfang.petition.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.supervision.SupervisionProcess;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PetitionTest;

/**
 * Several nodes' job executors may take the same due timer (a lock that expired, a node thought dead): whichever
 * runs it first records the warning or the overdue card, and every other run is refused as a whole, so the case
 * shows each card once, each recipient is told once, and one supervision starts.
 */
@PetitionTest
class TimersRacedByNodesTest {

    private static final int NODES = 4;

    @Autowired
    Casework casework;

    @Autowired
    EngineTime time;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @RepeatedTest(3)
    void aTimerRunByEveryNodeAtOnceIsRecordedOnce() throws Exception {
        time.stopAt(Instant.parse("2026-06-01T01:00:00Z"));
        String number = casework.signedFor(casework.file(Category.TRAFFIC, Urgency.NORMAL, XINGQING_REGION));
        Instant warning = time.timers(number).get(HandlingDeadlineTest.WARNING);
        Instant overdue = time.timers(number).get(HandlingDeadlineTest.OVERDUE);

        time.stopAt(warning);
        runEverywhereAtOnce(dueTimer(number, HandlingDeadlineTest.WARNING));
        time.stopAt(overdue);
        runEverywhereAtOnce(dueTimer(number, HandlingDeadlineTest.OVERDUE));

        for (String card : List.of("HANDLING_WARNING", "HANDLING_OVERDUE")) {
            assertThat(count(
                            "select count(*) from case_event e join complaint c on c.id = e.complaint_id"
                                    + " where c.tracking_number = ? and e.type = ?",
                            number,
                            card))
                    .as(card)
                    .isEqualTo(1);
            assertThat(count(
                            "select count(*) - count(distinct n.recipient) from staff_notification n"
                                    + " join complaint c on c.id = n.complaint_id where c.tracking_number = ? and n.type = ?",
                            number,
                            card))
                    .as("recipients told twice of " + card)
                    .isZero();
        }
        assertThat(count(
                        "select count(*) from staff_notification n join complaint c on c.id = n.complaint_id"
                                + " where c.tracking_number = ? and n.type = 'HANDLING_OVERDUE'",
                        number))
                .isPositive();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(SupervisionProcess.KEY)
                        .processInstanceBusinessKey(number)
                        .count())
                .isEqualTo(1);
        assertThat(time.timers(number)).isEmpty();
    }

    private Job dueTimer(String number, String activity) {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        return management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(activity)
                .executable()
                .singleResult();
    }

    /** Runs the job on {@value #NODES} threads released together; one succeeds, the others lose the race. */
    private void runEverywhereAtOnce(Job job) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                runs.add(nodes.submit(runOnce(job.getId(), start)));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<Boolean> run : runs) {
                succeeded += run.get(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
    }

    private Callable<Boolean> runOnce(String jobId, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                management.executeJob(jobId);
                return true;
            } catch (RuntimeException lost) {
                // Found the job gone, or lost at commit (the engine's optimistic lock, our deadline's version, or the
                // database's row lock): this run is rolled back as a whole.
                return false;
            }
        };
    }

    private long count(String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }
}
