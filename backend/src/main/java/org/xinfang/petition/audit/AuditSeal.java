package org.xinfang.petition.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * Seals entries and checkpoints with the audit key: the HMAC of an entry covers its content, its sequence number
 * and the previous entry's seal, so an entry deleted, renumbered or recomputed by someone without the key (a
 * database administrator) no longer verifies. Entries from before the chain was keyed are checked with the plain
 * hash they were written with.
 */
class AuditSeal {

    private final AuditKeys keys;
    private final ChainHash hash;

    AuditSeal(AuditKeys keys, ChainHash hash) {
        this.keys = keys;
        this.hash = hash;
    }

    /** The next entry of the chain, sealed under the active key version. */
    AuditEntry seal(long seq, Instant at, AuditRecord record, String previousHash) {
        int version = keys.activeVersion();
        String canonical = new AuditEntry(seq, at, record, previousHash, version, "").canonical();
        return new AuditEntry(seq, at, record, previousHash, version, hash.mac(keys.key(version), canonical));
    }

    /** Whether an entry's key version is configured here: without it the entry cannot be verified. */
    boolean canVerify(AuditEntry entry) {
        return entry.getKeyVersion() == null || keys.has(entry.getKeyVersion());
    }

    /** Whether the entry's hash is what its key (or, before the chain was keyed, the plain hash) makes of it. */
    boolean holds(AuditEntry entry) {
        String expected = entry.getKeyVersion() == null
                ? hash.of(entry.canonical())
                : hash.mac(keys.key(entry.getKeyVersion()), entry.canonical());
        return same(expected, entry.getHash());
    }

    Checkpoint checkpoint(long seq, String headHash, Instant at) {
        int version = keys.activeVersion();
        Checkpoint unsealed = new Checkpoint(seq, headHash, at, version, "");
        return new Checkpoint(seq, headHash, at, version, hash.mac(keys.key(version), unsealed.sealedText()));
    }

    /** The checkpoint in a line, if there is one and this system's audit key sealed it. */
    Optional<Checkpoint> authentic(String line) {
        return Checkpoint.find(line)
                .filter(checkpoint -> keys.has(checkpoint.keyVersion())
                        && same(
                                hash.mac(keys.key(checkpoint.keyVersion()), checkpoint.sealedText()),
                                checkpoint.mac()));
    }

    /** What the chain's first keyed entry says of itself. */
    String describe(long unkeyedEntries) {
        return "keyed with " + hash.keyedName() + " under audit key v" + keys.activeVersion() + " from here"
                + (unkeyedEntries == 0 ? "" : "; entries 1 to " + unkeyedEntries + " are chained by the unkeyed hash");
    }

    /** In constant time: how long a comparison takes tells nothing about the MAC. */
    private static boolean same(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
