package org.xinfang.petition.audit;

import java.sql.Timestamp;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database administrator can do to the trail with SQL alone, knowing the code (it is open) but not the
 * audit key: delete, renumber, rewrite and re-seal entries with whatever hash they like, and move the head.
 */
final class ChainForger {

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository entries;

    ChainForger(JdbcTemplate jdbc, AuditEntryRepository entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    long lastSeq() {
        return jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class);
    }

    /** Deletes an entry and closes the gap: every later entry moves down by one. */
    void deleteAndRenumber(long seq) {
        long last = lastSeq();
        jdbc.update("delete from audit_log where seq = ?", seq);
        for (long later = seq + 1; later <= last; later++) {
            jdbc.update("update audit_log set seq = ? where seq = ?", later - 1, later);
        }
    }

    /** Deletes the entries after {@code seq} and moves the head back to it, as if they had never been written. */
    void truncateAfter(long seq) {
        jdbc.update("delete from audit_log where seq > ?", seq);
        jdbc.update(
                "update audit_head set last_seq = ?, last_hash = (select hash from audit_log where seq = ?) "
                        + "where id = 1",
                seq,
                seq);
    }

    void alter(long seq, String actor) {
        jdbc.update("update audit_log set actor = ? where seq = ?", actor, seq);
    }

    /**
     * Re-links and re-seals every entry from {@code seq} on, in order: each names the previous entry's new hash,
     * carries {@code keyVersion} and gets the hash {@code sealer} makes of it; the head follows.
     */
    void recomputeFrom(long seq, Integer keyVersion, Function<AuditEntry, String> sealer) {
        String last = recompute(seq, lastSeq(), keyVersion, sealer);
        jdbc.update(
                "update audit_head set last_seq = (select max(seq) from audit_log), last_hash = ? where id = 1", last);
    }

    /** Re-links and re-seals the entries from {@code from} to {@code to} only; returns the last one's new hash. */
    String recompute(long from, long to, Integer keyVersion, Function<AuditEntry, String> sealer) {
        String previous = from == 1
                ? ChainHash.GENESIS
                : jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, from - 1);
        for (AuditEntry entry : entries.findBySeqGreaterThanOrderBySeqAsc(from - 1, Pageable.unpaged())) {
            if (entry.getSeq() > to) {
                break;
            }
            AuditEntry relinked = new AuditEntry(
                    entry.getSeq(),
                    entry.getOccurredAt(),
                    new AuditRecord(
                            entry.getActor(),
                            entry.getActorRoles(),
                            entry.getActorUnit(),
                            entry.getAction(),
                            entry.getTrackingNumber(),
                            entry.getDetail(),
                            entry.getClientAddress()),
                    previous,
                    keyVersion,
                    "");
            String hash = sealer.apply(relinked);
            jdbc.update(
                    "update audit_log set previous_hash = ?, key_version = ?, hash = ? where seq = ?",
                    previous,
                    keyVersion,
                    hash,
                    entry.getSeq());
            previous = hash;
        }
        return previous;
    }

    /** Writes an entry as the code before V20 did: chained by the plain hash, no key. */
    void appendUnkeyed(AuditRecord record, Timestamp at) {
        long seq = lastSeq() + 1;
        String previous = jdbc.queryForObject("select last_hash from audit_head where id = 1", String.class);
        AuditEntry entry = new AuditEntry(seq, at.toInstant(), record, previous, null, "");
        String hash = ChainHash.SHA256.of(entry.canonical());
        jdbc.update(
                "insert into audit_log (seq, occurred_at, actor, actor_roles, actor_unit, action, tracking_number, "
                        + "detail, client_address, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq,
                at,
                record.actor(),
                record.roles(),
                record.unit(),
                record.action(),
                record.trackingNumber(),
                record.detail(),
                record.clientAddress(),
                previous,
                hash);
        jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
    }
}
