package org.xinfang.petition.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One measured scenario at one concurrency: successes and failures, throughput, and latency percentiles in
 * milliseconds. The baselines append theirs to the run's results file, one JSON object a line; {@link Summary}
 * reads them back beside Gatling's.
 */
record LoadResult(
        String scenario, int clients, long ok, long failed, double perSecond, double p50, double p95, double p99) {

    void appendTo(Path results) throws IOException {
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, toJson() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    String toJson() {
        return String.format(
                Locale.ROOT,
                "{\"scenario\":\"%s\",\"clients\":%d,\"ok\":%d,\"failed\":%d,"
                        + "\"perSecond\":%.2f,\"p50\":%.1f,\"p95\":%.1f,\"p99\":%.1f}",
                scenario,
                clients,
                ok,
                failed,
                perSecond,
                p50,
                p95,
                p99);
    }
}
