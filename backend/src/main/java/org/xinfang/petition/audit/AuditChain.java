package org.xinfang.petition.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain writer (链式封存): seals and chains the pending entries, in batches, after the transactions that wrote
 * them have committed, so that no request queues on the chain. One writer at a time across all nodes: a batch
 * takes the head's row lock for the chaining alone, and a writer that finds it taken ({@code SKIP LOCKED}) leaves
 * the work to the one holding it and looks again shortly after, so nothing that one missed stays pending. Each
 * node chains on its own thread, right after a commit that wrote entries (triggers coalesce) and by a periodic
 * sweep, so the entries of a node that died are chained by another node, or by itself after a restart.
 */
class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 500;
    private static final Duration RETRY = Duration.ofMillis(200);

    private final AuditEntryRepository entries;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditSeal seal;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "audit-chain");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean requested = new AtomicBoolean();

    AuditChain(AuditEntryRepository entries, JdbcTemplate jdbc, TransactionTemplate transaction, AuditSeal seal) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.seal = seal;
    }

    /** Asks for the pending entries to be chained soon, on the writer's thread; asking again meanwhile is free. */
    void request() {
        if (!writer.isShutdown() && requested.compareAndSet(false, true)) {
            writer.execute(this::run);
        }
    }

    /**
     * Writes an entry on the writer's thread, with a connection of its own, for a request that could not write it
     * in its own transaction; then chains it.
     */
    void writeLater(AuditEntry entry) {
        writer.execute(() -> {
            try {
                entries.save(entry);
            } catch (RuntimeException e) {
                log.error(
                        "Cannot write the audit entry {} of {} on {} at {}: {}",
                        entry.getAction(),
                        entry.getActor(),
                        entry.getTrackingNumber(),
                        entry.getOccurredAt(),
                        e.toString());
            }
            request();
        });
    }

    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void run() {
        requested.set(false);
        boolean done;
        try {
            done = chainPending();
        } catch (RuntimeException e) {
            // No quick retry: a fault that stays would flood the log; the next trigger or the sweep tries again.
            log.warn("Chaining the audit trail failed; the next commit or sweep tries again: {}", e.toString());
            done = true;
        }
        if (!done && !writer.isShutdown() && requested.compareAndSet(false, true)) {
            // Nothing to wait for: run() logs its own failures and is triggered again by the next commit or sweep.
            Future<?> unused = writer.schedule(this::run, RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Chains every pending entry, batch by batch, until none is left; false when another writer holds the head, as
     * it then chains them itself (or this writer tries again).
     */
    boolean chainPending() {
        Integer chained;
        do {
            chained = transaction.execute(status -> chainBatch());
        } while (chained != null && chained > 0);
        return chained != null;
    }

    /** One batch under the head's lock: how many entries were chained, or null when another writer holds it. */
    private Integer chainBatch() {
        List<Map<String, Object>> head =
                jdbc.queryForList("select last_seq, last_hash from audit_head where id = 1 for update skip locked");
        if (head.isEmpty()) {
            return null;
        }
        long seq = ((Number) head.get(0).get("last_seq")).longValue();
        String hash = (String) head.get(0).get("last_hash");
        List<Object[]> links = new ArrayList<>();
        for (AuditEntry pending : entries.findBySeqIsNullOrderByIdAsc(PageRequest.ofSize(BATCH))) {
            AuditEntry sealed = seal.seal(++seq, pending.getOccurredAt(), pending.record(), hash);
            links.add(new Object[] {seq, hash, sealed.getKeyVersion(), sealed.getHash(), pending.getId()});
            hash = sealed.getHash();
        }
        if (links.isEmpty()) {
            return 0;
        }
        int[] updated = jdbc.batchUpdate(
                "update audit_log set seq = ?, previous_hash = ?, key_version = ?, hash = ? "
                        + "where id = ? and seq is null",
                links);
        if (Arrays.stream(updated).anyMatch(count -> count == 0)) {
            throw new IllegalStateException("An audit entry was chained by another writer");
        }
        jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
        return links.size();
    }
}
