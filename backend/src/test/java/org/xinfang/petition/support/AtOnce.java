package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Requests (or two nodes' calls) fired at once, each from a thread of its own and released together, and what each
 * answered, in their order: for the tests of who wins.
 */
public final class AtOnce {

    private AtOnce() {}

    /** The same request from {@code clients} threads at once. */
    public static <T> List<T> fire(int clients, Callable<T> request) throws Exception {
        return fire(Collections.nCopies(clients, request));
    }

    public static <T> List<T> fire(List<Callable<T>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> request : requests) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
