package org.xinfang.petition.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.audit.AuditVerification.Result;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PetitionTest;

/**
 * The chain without a global lock: entries are written in the transaction of the change and chained after it
 * by one writer at a time, so that requests never queue on the chain, nothing committed is lost if a node dies
 * before chaining, and two writers at once never fork the chain.
 */
@PetitionTest
class AuditChainTest {

    private static final int AT_ONCE = 32;
    private static final Duration GENEROUS = Duration.ofMinutes(2);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditEntryRepository entries;

    @Autowired
    AuditHeadRepository heads;

    @Autowired
    AuditSeal seal;

    @Autowired
    AuditActor actor;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    Complaints complaints;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        complaints = new Complaints(new Api(port));
        threads = Executors.newFixedThreadPool(AT_ONCE + 1);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void simultaneousFilingsAreEachChainedOnceIntoOneUnbrokenChain() throws Exception {
        for (int round = 0; round < 3; round++) {
            List<String> filed = all(AT_ONCE, complaints::file);

            awaitNothingPending();
            assertThat(filed)
                    .allSatisfy(number -> assertThat(jdbc.queryForList(
                                    "select seq from audit_log where "
                                            + "tracking_number = ? and action = 'CASE_REGISTERED'",
                                    Long.class,
                                    number))
                            .singleElement()
                            .isNotNull());
            assertOneUnbrokenChain();
        }
    }

    @Test
    void requestsGoOnWhileTheChainsHeadIsLockedAndAreChainedOnceItIsFree() throws Exception {
        List<String> accepted = new ArrayList<>();
        try (HeadLock held = new HeadLock()) {
            List<String> filed = all(AT_ONCE, complaints::file);
            accepted.addAll(all(AT_ONCE / 4, complaints::accepted));

            assertThat(pendingOf(filed, "CASE_REGISTERED"))
                    .as("written with the change, not chained yet")
                    .isEqualTo(AT_ONCE);
            assertThat(pendingOf(accepted, "CASE_ACCEPTED")).isEqualTo(AT_ONCE / 4);
        }

        awaitNothingPending();
        assertThat(pendingOf(accepted, "CASE_ACCEPTED")).isZero();
        assertOneUnbrokenChain();
    }

    @Test
    void theEntriesOfANodeThatDiedBeforeChainingThemAreChainedByTheSweepOfAnother() throws Exception {
        AuditChain dead = new AuditChain(entries, jdbc, new TransactionTemplate(transactions), seal);
        dead.stop();
        AuditTrail deadNode = new AuditTrail(entries, dead, actor, clock);

        awaitNothingPending();
        try (HeadLock held = new HeadLock()) {
            writeChanges(deadNode, 20);
            assertThat(entries.countBySeqIsNull())
                    .as("committed, and no trigger left to chain them")
                    .isEqualTo(20);
        }

        // Nothing here asks this node to chain: its sweep (every second in the tests) finds them.
        awaitNothingPending();
        assertOneUnbrokenChain();
    }

    @Test
    void writersOnSeveralNodesChainingAtOnceNeverForkTheChain() throws Exception {
        AuditChain dead = new AuditChain(entries, jdbc, new TransactionTemplate(transactions), seal);
        dead.stop();
        AuditTrail deadNode = new AuditTrail(entries, dead, actor, clock);
        List<AuditChain> writers = List.of(newWriter(), newWriter(), newWriter());
        try {
            for (int round = 0; round < 3; round++) {
                writeChanges(deadNode, 300);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> passes = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    AuditChain writer = writers.get(i % writers.size());
                    passes.add(threads.submit(() -> {
                        start.await();
                        return writer.chainPending();
                    }));
                }
                start.countDown();
                for (Future<Boolean> pass : passes) {
                    pass.get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
                }

                Chained.now(writers.get(0));
                assertThat(entries.countBySeqIsNull()).isZero();
                assertOneUnbrokenChain();
            }
        } finally {
            for (AuditChain writer : writers) {
                writer.stop();
            }
        }
    }

    private AuditChain newWriter() {
        return new AuditChain(entries, jdbc, new TransactionTemplate(transactions), seal);
    }

    /** Each change in a transaction of its own, as a request would write it. */
    private void writeChanges(AuditTrail trail, int count) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int i = 0; i < count; i++) {
            int change = i;
            transaction.executeWithoutResult(status -> trail.recordChange(
                    new AuditRecord("system", null, null, "TEST_CHANGE", null, "change " + change, null)));
        }
    }

    private <T> List<T> all(int count, Callable<T> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return request.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> answer : answers) {
            results.add(answer.get(GENEROUS.toSeconds(), TimeUnit.SECONDS));
        }
        return results;
    }

    private int pendingOf(List<String> numbers, String action) {
        return numbers.stream()
                .mapToInt(number -> jdbc.queryForObject(
                        "select count(*) from audit_log where " + "tracking_number = ? and action = ? and seq is null",
                        Integer.class,
                        number,
                        action))
                .sum();
    }

    private void awaitNothingPending() {
        await().atMost(GENEROUS).pollInterval(Duration.ofMillis(100)).until(() -> entries.countBySeqIsNull() == 0);
    }

    /** Every chained entry numbered once from 1 to the head, no number twice, and the chain verifies. */
    private void assertOneUnbrokenChain() {
        Map<String, Object> numbers = jdbc.queryForMap(
                "select count(seq) as chained, count(distinct seq) as numbers, min(seq) as first, max(seq) as last "
                        + "from audit_log");
        long head = jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class);
        assertThat(((Number) numbers.get("first")).longValue()).isEqualTo(1);
        assertThat(((Number) numbers.get("chained")).longValue()).isEqualTo(head);
        assertThat(((Number) numbers.get("numbers")).longValue()).isEqualTo(head);
        assertThat(((Number) numbers.get("last")).longValue()).isEqualTo(head);
        Result result = ChainAlone.verify(entries, heads, seal);
        assertThat(result.intact()).as(result.toString()).isTrue();
    }

    /** Holds the row lock on the chain's head from another connection, as a stuck writer would. */
    private final class HeadLock implements AutoCloseable {

        private final CountDownLatch locked = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final Future<?> holder;

        HeadLock() throws InterruptedException {
            holder = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.queryForList("select last_seq from audit_head where id = 1 for update");
                locked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
    }
}
