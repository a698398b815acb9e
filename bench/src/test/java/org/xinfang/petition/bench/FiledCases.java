package org.xinfang.petition.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** The cases the intake simulation filed, as feeders of tracking number, query code and the county's staff. */
final class FiledCases {

    private FiledCases() {}

    /** Each case once, in filing order (newest first if {@link BenchSettings#newestFirst}): for work that changes it. */
    static Iterator<Map<String, Object>> once() {
        List<Map<String, Object>> filed = new ArrayList<>(read());
        if (BenchSettings.newestFirst()) {
            Collections.reverse(filed);
        }
        Queue<Map<String, Object>> cases = new ConcurrentLinkedQueue<>(filed);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !cases.isEmpty();
            }

            @Override
            public Map<String, Object> next() {
                return cases.remove();
            }
        };
    }

    /** Any case, again and again: for reads. */
    static Iterator<Map<String, Object>> anyOf() {
        List<Map<String, Object>> cases = read();
        return Stream.generate(() -> cases.get(ThreadLocalRandom.current().nextInt(cases.size())))
                .iterator();
    }

    private static List<Map<String, Object>> read() {
        try {
            List<Map<String, Object>> cases = Files.readAllLines(BenchSettings.filedCases()).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .map(FiledCases::toCase)
                    .toList();
            if (cases.isEmpty()) {
                throw new IllegalStateException(
                        "No filed cases in " + BenchSettings.filedCases() + ": run the intake first");
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> toCase(String[] fields) {
        Citizens.County county = Citizens.COUNTIES.stream()
                .filter(candidate -> candidate.region().equals(fields[2]))
                .findFirst()
                .orElseThrow();
        return Map.of(
                "trackingNumber",
                fields[0],
                "queryCode",
                fields[1],
                "region",
                fields[2],
                "handler",
                county.handler(),
                "leader",
                county.leader());
    }
}
