package org.xinfang.petition.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.xinfang.petition.bench.BareEngineBaseline.Arguments;

/**
 * Baseline (b): the rows one citizen's filing writes to our own tables (the address's submission count, the
 * request key, complainant, complaint, contact, screening flags, the timeline's REGISTERED event, the
 * acknowledgement in the outbox and the audit entry, as counted after filings through the API), inserted with plain JDBC, one transaction per filing, from as many threads as the
 * intake has clients. No engine, no framework, no hashing beyond SHA-256: the floor under the intake. It runs
 * on the application's database after the application has stopped, so the tables, indexes and reference data
 * (the regions) are the real ones.
 *
 * <p>Arguments as {@link BareEngineBaseline}.
 */
public final class RawJdbcBaseline {

    private static final String PERSONAL_DATA = Base64.getEncoder().encodeToString(new byte[96]);

    private final AtomicLong auditSeq;
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    private RawJdbcBaseline(long lastAuditSeq) {
        this.auditSeq = new AtomicLong(lastAuditSeq + 1_000_000);
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = new Arguments(args);
        try (HikariDataSource pool = arguments.pool()) {
            RawJdbcBaseline baseline = new RawJdbcBaseline(lastAuditSeq(pool));
            for (int clients : arguments.clients()) {
                LoadResult result = new ClosedLoop(clients, sequence -> baseline.file(pool, clients, sequence))
                        .measure("raw-jdbc", arguments.warmUp(), arguments.duration());
                System.out.println(result.toJson());
                result.appendTo(arguments.results());
            }
        }
    }

    private static long lastAuditSeq(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet max = statement.executeQuery("select coalesce(max(seq), 0) from audit_log")) {
            max.next();
            return max.getLong(1);
        }
    }

    private void file(HikariDataSource pool, int clients, long sequence) throws SQLException {
        String trackingNumber = "JD" + run + "-" + clients + "-" + sequence;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                update(
                        connection,
                        "insert into submission_allowance (address_hash, submissions, window_started_at) "
                                + "values (?, 1, ?)",
                        sha256("address " + trackingNumber),
                        now);
                update(
                        connection,
                        "insert into submission_key (key_hash, fingerprint, tracking_number, sealed_query_code,"
                                + " created_at, expires_at) values (?, ?, ?, ?, ?, ?)",
                        sha256("key " + trackingNumber),
                        sha256("request " + trackingNumber),
                        trackingNumber,
                        PERSONAL_DATA,
                        now,
                        now);
                long complainant = insert(
                        connection,
                        "insert into complainant (real_name, resident_id, phone, address, sex,"
                                + " age_at_filing, resident_id_index, phone_index) values (?, ?, ?, ?, 'MALE', 40, ?, ?)",
                        PERSONAL_DATA,
                        PERSONAL_DATA,
                        PERSONAL_DATA,
                        PERSONAL_DATA,
                        sha256("id " + trackingNumber),
                        sha256("phone " + trackingNumber));
                long complaint = insert(
                        connection,
                        "insert into complaint (tracking_number, query_code_hash, status,"
                                + " category, urgency, region_code, channel, subject, content, complainant_id, dispatch_count, designated,"
                                + " reopen_count, received_at, due_at, version, confidential) values (?, ?, 'PENDING_TRIAGE',"
                                + " 'POLICE_CONDUCT', 'NORMAL', '640104', 'WEB', ?, ?, ?, 0, false, 0, ?, ?, 0, false)",
                        trackingNumber,
                        sha256("code " + trackingNumber),
                        "民警执法态度问题",
                        "3月5日在某派出所办理业务时民警态度恶劣。",
                        complainant,
                        now,
                        now);
                update(
                        connection,
                        "insert into message_contact (complaint_id, notify_by) values (?, 'SMS')",
                        complaint);
                update(
                        connection,
                        "insert into case_flags (complaint_id, joint_complaint, group_complaint, skip_level,"
                                + " set_by, set_at, version) values (?, false, false, false, 'intake', ?, 0)",
                        complaint,
                        now);
                update(
                        connection,
                        "insert into case_event (complaint_id, type, actor, occurred_at, comment) values"
                                + " (?, 'REGISTERED', 'citizen', ?, 'WEB')",
                        complaint,
                        now);
                update(
                        connection,
                        "insert into message_outbox (complaint_id, tracking_number, milestone, channel, recipient,"
                                + " recipient_masked, subject, body, status, attempts, next_attempt_at, created_at, version) values"
                                + " (?, ?, 'RECEIVED', 'SMS', ?, '138****5678', '投诉已受理', ?, 'PENDING', 0, ?, ?, 0)",
                        complaint,
                        trackingNumber,
                        PERSONAL_DATA,
                        "您的投诉已收到，编号 " + trackingNumber,
                        now,
                        now);
                update(
                        connection,
                        "insert into audit_log (seq, occurred_at, actor, action, tracking_number, previous_hash,"
                                + " hash, key_version) values (?, ?, 'citizen', 'CASE_REGISTERED', ?, ?, ?, 1)",
                        auditSeq.incrementAndGet(),
                        now,
                        trackingNumber,
                        sha256("previous " + trackingNumber),
                        sha256("entry " + trackingNumber));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection.prepareStatement(sql), values)) {
            statement.executeUpdate();
        }
    }

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement =
                prepare(connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS), values)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static PreparedStatement prepare(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
