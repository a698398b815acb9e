package org.xinfang.petition.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chain's head as a node saw it at a moment, sealed with the audit key, as it is written outside the
 * database (the anchor file, the log): {@code AUDIT-ANCHOR seq=… hash=… at=… key=… mac=…}. A chain that ends
 * before a checkpoint, or holds another hash at its sequence number, was cut or rewritten after it was taken.
 */
record Checkpoint(long seq, String hash, Instant at, int keyVersion, String mac) {

    static final String PREFIX = "AUDIT-ANCHOR";

    private static final Pattern LINE = Pattern.compile(
            PREFIX + " seq=(\\d{1,18}) hash=([0-9a-f]{64}) at=(\\S+) key=(\\d{1,9}) mac=([0-9a-f]{64})");

    /** A checkpoint in a line; whatever a log collector put before it (time, host, logger) is passed over. */
    static Optional<Checkpoint> find(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(
                    Long.parseLong(matcher.group(1)),
                    matcher.group(2),
                    Instant.parse(matcher.group(3)),
                    Integer.parseInt(matcher.group(4)),
                    matcher.group(5)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What the MAC covers. */
    String sealedText() {
        return String.join("|", PREFIX, String.valueOf(seq), hash, at.toString(), String.valueOf(keyVersion));
    }

    String line() {
        return PREFIX + " seq=" + seq + " hash=" + hash + " at=" + at + " key=" + keyVersion + " mac=" + mac;
    }
}
