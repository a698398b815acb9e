package org.xinfang.petition.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run's figures in one table, with the intake as a ratio to each baseline and the targets of issue 11, as
 * Markdown: the baselines' results file and every Gatling report under {@code <run>/gatling/<label>/}. The label
 * is the scenario and the number of clients ({@code intake-json-64}).
 */
public final class Summary {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The runs that seed cases or warm a path up: not measured. */
    private static final Pattern UNREPORTED = Pattern.compile("seed|warm");

    private static final ObjectMapper GATLING_JS = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    private static final Comparator<LoadResult> ORDER =
            Comparator.comparing(LoadResult::scenario).thenComparingInt(LoadResult::clients);

    private final List<LoadResult> results = new ArrayList<>();
    private final List<JsonNode> facts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    public static void main(String[] args) throws IOException {
        Summary summary = new Summary();
        summary.read(Path.of(args[0]));
        System.out.print(summary.render());
    }

    private void read(Path run) throws IOException {
        for (String line : Files.readAllLines(run.resolve("results.jsonl"))) {
            JsonNode node = JSON.readTree(line);
            if (node.has("clients")) {
                results.add(JSON.treeToValue(node, LoadResult.class));
            } else {
                facts.add(node);
            }
        }
        Path gatling = run.resolve("gatling");
        if (Files.isDirectory(gatling)) {
            try (Stream<Path> labels = Files.list(gatling)) {
                labels.filter(label -> !UNREPORTED
                                .matcher(label.getFileName().toString())
                                .lookingAt())
                        .forEach(this::readGatling);
            }
        }
        results.sort(ORDER);
    }

    /** One row per request of the report; a report with one kind of request is one row under its label. */
    private void readGatling(Path labelDir) {
        String label = labelDir.getFileName().toString();
        int clients = Integer.parseInt(label.substring(label.lastIndexOf('-') + 1));
        String scenario = label.substring(0, label.lastIndexOf('-'));
        try (Stream<Path> files = Files.walk(labelDir)) {
            Path stats = files.filter(file -> file.endsWith("js/stats.js"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Gatling report in " + labelDir));
            JsonNode all = statsOf(Files.readString(stats));
            List<JsonNode> requests = new ArrayList<>();
            all.path("contents").forEach(requests::add);
            if (requests.size() > 1) {
                for (JsonNode request : requests) {
                    results.add(fromGatling(
                            scenario + ": " + request.path("name").asText(), clients, request.path("stats")));
                }
                results.add(fromGatling(scenario + ": all", clients, all.path("stats")));
            } else {
                results.add(fromGatling(scenario, clients, all.path("stats")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures in Gatling's HTML report: a JavaScript object literal ahead of the page's functions. */
    private static JsonNode statsOf(String script) throws IOException {
        String object = script.substring(script.indexOf('{'), script.indexOf("function fillStats"))
                .strip();
        return GATLING_JS.readTree(object.endsWith(";") ? object.substring(0, object.length() - 1) : object);
    }

    private static LoadResult fromGatling(String scenario, int clients, JsonNode stats) {
        return new LoadResult(
                scenario,
                clients,
                number(stats.path("numberOfRequests").path("ok")).longValue(),
                number(stats.path("numberOfRequests").path("ko")).longValue(),
                number(stats.path("meanNumberOfRequestsPerSecond").path("ok")),
                number(stats.path("percentiles1").path("total")),
                number(stats.path("percentiles3").path("total")),
                number(stats.path("percentiles4").path("total")));
    }

    /** Gatling writes its figures as numbers or strings, and "-" where there is none. */
    private static Double number(JsonNode value) {
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }

    private String render() {
        line("# Benchmark summary");
        line("");
        line("Throughput counts successful requests only; p50/p95/p99 in milliseconds over all requests; "
                + "failed = any answer but the expected 2xx (or an exception, in the baselines). "
                + "For intake-json-paced the clients column is the arrival rate (citizens a second, open model).");
        line("");
        line("| scenario | clients | ok | failed | per s | p50 | p95 | p99 |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (LoadResult result : results) {
            line(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.1f | %.0f | %.0f | %.0f |",
                    result.scenario(),
                    result.clients(),
                    result.ok(),
                    result.failed(),
                    result.perSecond(),
                    result.p50(),
                    result.p95(),
                    result.p99()));
        }
        line("");
        line("## Intake as a ratio to the baselines (same run, same machine and database server)");
        line("");
        line("| clients | intake JSON / bare engine | intake JSON / raw JDBC | with attachment / bare engine "
                + "| with attachment / raw JDBC |");
        line("|---:|---:|---:|---:|---:|");
        results.stream()
                .filter(result -> result.scenario().equals("bare-engine"))
                .mapToInt(LoadResult::clients)
                .forEach(clients -> line(String.format(
                        Locale.ROOT,
                        "| %d | %s | %s | %s | %s |",
                        clients,
                        ratio("intake-json", "bare-engine", clients),
                        ratio("intake-json", "raw-jdbc", clients),
                        ratio("intake-attachment", "bare-engine", clients),
                        ratio("intake-attachment", "raw-jdbc", clients))));
        line("");
        line("## Targets (issue 11)");
        line("");
        line("| target | figure | met |");
        line("|---|---:|:---:|");
        find("intake-json", 64).ifPresent(intake -> {
            find("bare-engine", 64)
                    .ifPresent(engine -> target(
                            "intake at 64 clients ≥ 0.6 of the bare engine",
                            String.format(Locale.ROOT, "%.2f", intake.perSecond() / engine.perSecond()),
                            intake.perSecond() >= 0.6 * engine.perSecond()));
            target(
                    "intake at 64 clients: p99 ≤ 250 ms",
                    String.format(Locale.ROOT, "%.0f ms", intake.p99()),
                    intake.p99() <= 250);
            target("intake at 64 clients: no error", intake.failed() + " failed", intake.failed() == 0);
        });
        results.stream()
                .filter(result -> result.scenario().equals("intake-json-paced"))
                .findFirst()
                .ifPresent(paced -> target(
                        "intake arriving at 0.6 of the bare engine's rate (" + paced.clients()
                                + "/s, open model): p99 ≤ 250 ms, no error",
                        String.format(Locale.ROOT, "%.0f ms, %d failed", paced.p99(), paced.failed()),
                        paced.p99() <= 250 && paced.failed() == 0));
        fact("cold-start")
                .ifPresent(start -> target(
                        "cold start ≤ 15 s (process start → health UP)",
                        String.format(Locale.ROOT, "%.1f s", start.path("ms").asDouble() / 1000),
                        start.path("ms").asLong() <= 15_000));
        fact("heap-at-64")
                .ifPresent(heap -> target(
                        "heap ≤ 512 MB under the intake load (64 clients, most sampled)",
                        heap.path("maxMb").asText() + " MB",
                        heap.path("maxMb").asLong() <= 512));
        fact("first-start")
                .ifPresent(start -> line(String.format(
                        Locale.ROOT,
                        "| (first start on the fresh database: migrations, demo organisation) | %.1f s | |",
                        start.path("ms").asDouble() / 1000)));
        return text.toString();
    }

    private String ratio(String scenario, String baseline, int clients) {
        Optional<LoadResult> of = find(scenario, clients);
        Optional<LoadResult> to = find(baseline, clients);
        if (of.isEmpty() || to.isEmpty() || to.get().perSecond() == 0) {
            return "–";
        }
        return String.format(
                Locale.ROOT, "%.3f", of.get().perSecond() / to.get().perSecond());
    }

    private Optional<LoadResult> find(String scenario, int clients) {
        return results.stream()
                .filter(result -> result.scenario().equals(scenario) && result.clients() == clients)
                .findFirst();
    }

    private Optional<JsonNode> fact(String scenario) {
        return facts.stream()
                .filter(fact -> fact.path("scenario").asText().equals(scenario))
                .findFirst();
    }

    private void target(String target, String figure, boolean met) {
        line("| " + target + " | " + figure + " | " + (met ? "yes" : "**no**") + " |");
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
