package org.xinfang.petition.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinfang.petition.support.Api;

/**
 * One backend node: the packaged application in a JVM of its own, as production runs it (profile mysql, keys and
 * database from the environment), writing its output to {@code target/cluster/<name>.log}; a restart appends to the
 * same log.
 */
final class Node {

    /** Generous: a cold start on a busy 2-core machine has taken 90 s. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private static final Pattern RECORDED_MESSAGE = Pattern.compile("Recorded message #(\\d+) by ");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final String name;
    private final int port;
    private final Path log;
    private final List<String> command;
    private final Map<String, String> environment;
    private Process process;

    Node(String name, int port, Path log, List<String> command, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.command = command;
        this.environment = environment;
    }

    /** Starts the JVM and returns once the node reports itself healthy. */
    Node start() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await(name + " healthy (see " + log + ")")
                .atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .failFast(name + " exited (see " + log + ")", () -> !process.isAlive())
                .until(() -> status("/actuator/health") == 200);
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the graceful shutdown; a node that hangs in it is killed. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    long pid() {
        return process.pid();
    }

    Api api() {
        return new Api(port);
    }

    /** The status of an anonymous GET, following redirects; 0 when the node does not answer. */
    int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /**
     * The ids of the messages this node handed to the recording gateway (it logs each delivery by id), once per
     * delivery, over all its runs.
     */
    List<Long> deliveredMessages() throws IOException {
        List<Long> ids = new ArrayList<>();
        // Decoded leniently: the log may end in the middle of a character the node is still writing.
        Matcher matcher = RECORDED_MESSAGE.matcher(new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    @Override
    public String toString() {
        return name + " on port " + port;
    }
}
