package org.xinfang.petition.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the planned cases chunk by chunk: the chunk's plan rows into {@code scale_plan}, then one
 * {@code insert … select} per table (CloneStatements), committed per chunk.
 */
final class ScaleLoad {

    /**
     * The engine's character set: its values then mix with the engine's columns as they are, and with ours (utf8mb4)
     * by widening.
     */
    private static final String ENGINE_CHARSET = " default charset = utf8mb3 collate = utf8mb3_bin";

    private final Connection db;
    private final String schema;
    private final ZoneId zone;
    private final long from;
    private final String plan;
    private final String template;

    /**
     * Loads the cases numbered from {@code from} on: several loads of one plan (same seed and now) may run side by
     * side on disjoint numbers, each with scratch tables of its own.
     */
    ScaleLoad(Connection db, String schema, ZoneId zone, long from) {
        this.db = db;
        this.schema = schema;
        this.zone = zone;
        this.from = from;
        this.plan = "scale_plan_" + from;
        this.template = "scale_template_" + from;
    }

    void load(long seed, long closed, long open, LocalDateTime now, int chunkSize, boolean fullHistory)
            throws SQLException {
        WorkingDays days = new WorkingDays(db);
        TemplateRows templates = new TemplateRows(db, "_" + from);
        Map<String, Unit> units = units();
        createPlanTables(templates, units);
        long complaintBase = next("complaint");
        long complainantBase = next("complainant");
        List<String> clones = CloneStatements.of(db, schema, templates, plan, template, fullHistory);
        db.setAutoCommit(false);
        long started = System.nanoTime();
        long total = closed + open;
        for (long first = from, chunk = 0; first < total; first += chunkSize, chunk++) {
            List<CasePlan> plans = CasePlan.draw(seed, first, Math.min(total, first + chunkSize), closed, now, days);
            insertPlan(chunk, plans, templates, units, complaintBase, complainantBase);
            for (String clone : clones) {
                try (PreparedStatement statement = db.prepareStatement(clone)) {
                    statement.setLong(1, chunk);
                    statement.executeUpdate();
                }
            }
            db.commit();
            long done = Math.min(total, first + chunkSize);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("%,d of %,d cases in %ds%n", done, total, elapsed.toSeconds());
        }
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("drop table " + plan);
            statement.execute("drop table " + template);
        }
        templates.drop(db);
    }

    private void createPlanTables(TemplateRows templates, Map<String, Unit> units) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("set session foreign_key_checks = 0");
            statement.execute("set session unique_checks = 0");
            statement.execute("drop table if exists " + plan);
            statement.execute(
                    "create table " + plan + " (chunk int not null, n bigint not null, template varchar(16) not null,"
                            + " complaint_id bigint not null, complainant_id bigint not null, person bigint not null,"
                            + " tracking_number varchar(40) not null, region_code varchar(12) not null, bureau_id bigint,"
                            + " bureau_code varchar(32), handler varchar(64), leader varchar(64), category varchar(32) not null,"
                            + " urgency varchar(16) not null, channel varchar(16) not null, received_at datetime(3) not null,"
                            + " closed_at datetime(3), shift_seconds bigint not null, sign_for_due datetime(3), sign_for_warn datetime(3),"
                            + " handling_due datetime(3), handling_warn datetime(3), sign_for_due_ms bigint, sign_for_warn_ms bigint,"
                            + " handling_due_ms bigint, handling_warn_ms bigint, warned boolean not null, primary key (chunk, n))"
                            + ENGINE_CHARSET);
            statement.execute("drop table if exists " + template);
            statement.execute(
                    "create table " + template + " (template varchar(16) primary key, bureau_code varchar(32),"
                            + " handler varchar(64), leader varchar(64))" + ENGINE_CHARSET);
        }
        try (PreparedStatement insert = db.prepareStatement("insert into " + template + " values (?, ?, ?, ?)")) {
            for (TemplateRows.Case template : templates.cases.values()) {
                Unit unit = template.bureau() == null ? null : units.get(template.bureau());
                insert.setString(1, template.template().name());
                insert.setString(2, template.bureau());
                insert.setString(3, unit == null ? null : unit.handler);
                insert.setString(4, unit == null ? null : unit.leader);
                insert.executeUpdate();
            }
        }
    }

    private void insertPlan(
            long chunk,
            List<CasePlan> plans,
            TemplateRows templates,
            Map<String, Unit> units,
            long complaintBase,
            long complainantBase)
            throws SQLException {
        String sql = "insert into " + plan
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?," + " ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (CasePlan plan : plans) {
                Unit unit = plan.bureau == null ? null : units.get(plan.bureau);
                TemplateRows.Case template = templates.cases.get(plan.template);
                int i = 1;
                insert.setLong(i++, chunk);
                insert.setLong(i++, plan.n);
                insert.setString(i++, plan.template.name());
                insert.setLong(i++, complaintBase + plan.n);
                insert.setLong(i++, complainantBase + plan.n);
                insert.setLong(i++, plan.person);
                insert.setString(i++, plan.trackingNumber());
                insert.setString(i++, plan.region);
                insert.setObject(i++, unit == null ? null : unit.id);
                insert.setString(i++, plan.bureau);
                insert.setString(i++, unit == null ? null : unit.handler);
                insert.setString(i++, unit == null ? null : unit.leader);
                insert.setString(i++, plan.category);
                insert.setString(i++, plan.urgency);
                insert.setString(i++, plan.channel);
                insert.setTimestamp(i++, Timestamp.valueOf(plan.receivedAt));
                insert.setTimestamp(i++, plan.closedAt == null ? null : Timestamp.valueOf(plan.closedAt));
                insert.setLong(
                        i++,
                        Duration.between(template.receivedAt(), plan.receivedAt).toSeconds());
                for (LocalDateTime moment :
                        new LocalDateTime[] {plan.signForDue, plan.signForWarn, plan.handlingDue, plan.handlingWarn}) {
                    insert.setTimestamp(i++, moment == null ? null : Timestamp.valueOf(moment));
                }
                for (LocalDateTime moment :
                        new LocalDateTime[] {plan.signForDue, plan.signForWarn, plan.handlingDue, plan.handlingWarn}) {
                    insert.setObject(i++, moment == null ? null : CasePlan.epochMillis(moment, zone));
                }
                insert.setBoolean(i, plan.warned);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private long next(String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet found = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            found.next();
            return found.getLong(1);
        }
    }

    /** A bureau: its id, and one handler and one leader of it who act on its generated cases. */
    private record Unit(long id, String handler, String leader) {}

    private Map<String, Unit> units() throws SQLException {
        Map<String, Unit> units = new HashMap<>();
        String sql = "select u.code, u.id,"
                + " (select min(s.username) from staff_user s join staff_role r on r.user_id = s.id"
                + "   where s.unit_id = u.id and r.role = 'HANDLER'),"
                + " (select min(s.username) from staff_user s join staff_role r on r.user_id = s.id"
                + "   where s.unit_id = u.id and r.role = 'BUREAU_LEADER')"
                + " from org_unit u where u.kind = 'PUBLIC_SECURITY_BUREAU'";
        try (Statement statement = db.createStatement();
                ResultSet found = statement.executeQuery(sql)) {
            while (found.next()) {
                units.put(found.getString(1), new Unit(found.getLong(2), found.getString(3), found.getString(4)));
            }
        }
        return units;
    }
}
