package org.xinfang.petition.bench;

import java.nio.file.Path;
import java.time.Duration;

/** What bench/run passes to a simulation, as system properties (defaults for a run by hand, see README). */
final class BenchSettings {

    private BenchSettings() {}

    static String baseUrl() {
        return System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    }

    static int clients() {
        return Integer.getInteger("bench.clients", 16);
    }

    /** Arrivals a second for an open-model run; 0 for the closed model of {@link #clients()}. */
    static double rate() {
        return Double.parseDouble(System.getProperty("bench.rate", "0"));
    }

    static Duration duration() {
        return Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    }

    /** The cases filed so far, one "trackingNumber,queryCode,region" a line: intake appends, the others read. */
    static Path filedCases() {
        return Path.of(System.getProperty("bench.filed", "target/filed-cases.csv"));
    }

    /** Numbers citizens from here on, so that every run's complainants and client addresses are new. */
    static long firstCitizen() {
        return Long.getLong("bench.firstCitizen", System.currentTimeMillis() % 1_000_000_000L * 100);
    }

    /**
     * Whether the work that changes cases takes them newest first: the staff's warm-up does, so that the measured run
     * after it, which takes them oldest first, finds its cases untouched.
     */
    static boolean newestFirst() {
        return Boolean.getBoolean("bench.newestFirst");
    }

    /** Every demo password (README, demo logins). */
    static String password() {
        return System.getProperty("bench.password", "demo123");
    }
}
