package org.xinfang.petition.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baselines' load: a fixed number of threads, each doing one operation after another (a closed model, as
 * Gatling's concurrent users), first for a warm-up that is not counted, then for the measured time.
 */
final class ClosedLoop {

    /** One unit of work, e.g. one filing; {@code sequence} is unique across threads and runs of the loop. */
    interface Operation {
        void run(long sequence) throws Exception;
    }

    private final AtomicLong sequence = new AtomicLong();
    private final int clients;
    private final Operation operation;

    ClosedLoop(int clients, Operation operation) {
        this.clients = clients;
        this.operation = operation;
    }

    LoadResult measure(String scenario, Duration warmUp, Duration duration) throws InterruptedException {
        run(warmUp);
        long started = System.nanoTime();
        List<Worker> workers = run(duration);
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] latencies = workers.stream()
                .flatMapToLong(worker -> Arrays.stream(worker.latencies, 0, worker.count))
                .sorted()
                .toArray();
        long failed = workers.stream().mapToLong(worker -> worker.failed).sum();
        return new LoadResult(
                scenario,
                clients,
                latencies.length,
                failed,
                latencies.length / seconds,
                percentile(latencies, 50),
                percentile(latencies, 95),
                percentile(latencies, 99));
    }

    private List<Worker> run(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Worker worker = new Worker(deadline, done);
            workers.add(worker);
            new Thread(worker, "bench-" + i).start();
        }
        done.await();
        return workers;
    }

    private static double percentile(long[] sortedNanos, int percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(index, 0)] / 1e6;
    }

    private final class Worker implements Runnable {
        private final long deadline;
        private final CountDownLatch done;
        private long[] latencies = new long[1024];
        private int count;
        private long failed;

        Worker(long deadline, CountDownLatch done) {
            this.deadline = deadline;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    try {
                        operation.run(sequence.incrementAndGet());
                        record(System.nanoTime() - start);
                    } catch (Exception e) {
                        failed++;
                        if (failed == 1) {
                            System.err.println(Thread.currentThread().getName() + ": " + e);
                        }
                    }
                }
            } finally {
                done.countDown();
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }
}
