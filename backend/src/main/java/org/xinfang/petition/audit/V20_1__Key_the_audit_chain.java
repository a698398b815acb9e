package org.xinfang.petition.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Starts the keyed chain: appends its first entry, sealed with the audit key over the head of the chain written
 * before (the unkeyed hash), or over the empty chain. The entries before are not rewritten: they keep the hashes
 * they were written with and are verified as before, and the seal commits to all of them, so rewriting any of
 * them from now on breaks the link of this entry. Every log has this entry from here on: a log with none was
 * recomputed without the key.
 */
@Component
class V20_1__Key_the_audit_chain extends BaseJavaMigration {

    static final String KEYED = "AUDIT_CHAIN_KEYED";

    private final AuditSeal seal;
    private final Clock clock;

    V20_1__Key_the_audit_chain(AuditSeal seal, Clock clock) {
        this.seal = seal;
        this.clock = clock;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        keyTheChain(context.getConnection());
    }

    void keyTheChain(Connection connection) throws SQLException {
        long lastSeq;
        String lastHash;
        try (Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery("select last_seq, last_hash from audit_head where id = 1")) {
            head.next();
            lastSeq = head.getLong(1);
            lastHash = head.getString(2);
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AuditEntry first = seal.seal(
                lastSeq + 1,
                at,
                new AuditRecord(AuditActor.SYSTEM, null, null, KEYED, null, seal.describe(lastSeq), null),
                lastHash);
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_log (seq, occurred_at, actor, "
                + "action, detail, previous_hash, key_version, hash) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, first.getSeq());
            insert.setTimestamp(2, Timestamp.from(first.getOccurredAt()));
            insert.setString(3, first.getActor());
            insert.setString(4, first.getAction());
            insert.setString(5, first.getDetail());
            insert.setString(6, first.getPreviousHash());
            insert.setInt(7, first.getKeyVersion());
            insert.setString(8, first.getHash());
            insert.executeUpdate();
        }
        try (PreparedStatement advance =
                connection.prepareStatement("update audit_head set last_seq = ?, last_hash = ? where id = 1")) {
            advance.setLong(1, first.getSeq());
            advance.setString(2, first.getHash());
            advance.executeUpdate();
        }
    }
}
