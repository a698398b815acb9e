package org.xinfang.petition.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the test runs its nodes, as docs/deployment.md says to run them: the same packaged jar, database and keys
 * (the tests' fixed keys, never used outside tests) on every node, one attachment store they share, and each node
 * its own port and data directory (its audit anchors). Ports from CLUSTER_TEST_PORT (default 18181) upwards.
 */
final class Cluster {

    /** Where the cluster tests keep their nodes' logs, data directories and attachment store. */
    static final Path DIRECTORY = Path.of("target", "cluster").toAbsolutePath();

    /** Settings of the test's nodes only, each for a reason the test states. */
    private static final List<String> TEST_SETTINGS = List.of(
            // The demo organisation and logins, no demo cases.
            "--petition.demo.cases=false",
            // Loopback stands for a trusted gateway, so that the load test is not limited to 10 filings an hour.
            "--petition.rate-limit.exempt-addresses=127.0.0.1,0:0:0:0:0:0:0:1",
            // The outbox polled every second, and a claim held by a killed node free again after 10 s, not 2 min.
            "--petition.messaging.poll-interval=PT1S",
            "--petition.messaging.lease=PT10S");

    private final ClusterDatabase database;
    private final Path directory;
    private final Path jar = Path.of(System.getProperty("cluster.jar", "target/xinfang-backend.jar"))
            .toAbsolutePath();
    private final int firstPort = Integer.parseInt(System.getenv().getOrDefault("CLUSTER_TEST_PORT", "18181"));

    Cluster(ClusterDatabase database) {
        this(database, DIRECTORY);
    }

    /** Nodes whose logs, data directories and attachment store are under {@code directory}. */
    Cluster(ClusterDatabase database, Path directory) {
        this.database = database;
        this.directory = directory;
    }

    /** A fresh start: the nodes' logs, data directories and attachment store of an earlier run removed. */
    void clear() throws IOException {
        delete(directory);
    }

    /** Removes the file or directory with everything in it, if it exists. */
    static void delete(Path tree) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> paths = Files.walk(tree)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The attachment store of every node (on a shared volume in production). */
    Path attachments() {
        return directory.resolve("attachments");
    }

    /** The n-th node (from 0), not started. */
    Node node(String name, int n) {
        int port = firstPort + n;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--petition.attachments.dir=" + attachments()));
        command.addAll(TEST_SETTINGS);
        Map<String, String> environment = new HashMap<>(database.nodeEnvironment());
        environment.putAll(
                Map.of(
                        "SPRING_PROFILES_ACTIVE", "mysql",
                        "PORT", Integer.toString(port),
                        "PETITION_DATA_DIR", directory.resolve(name).toString(),
                        "PETITION_DEMO", "true",
                        "PETITION_DATA_KEYS",
                                "1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=,2:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=",
                        "PETITION_INDEX_KEY", "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=",
                        "PETITION_AUDIT_KEYS",
                                "1:YGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn8=,2:gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp8="));
        return new Node(name, port, directory.resolve(name + ".log"), command, environment);
    }
}
