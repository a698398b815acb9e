package org.xinfang.petition.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Makes {@code count} running limits of open cases fall due within one minute, {@code in} seconds from now, and
 * watches a running application (or several, sharing the database) process them. Half of them reach their warning
 * (黄牌), half their overdue moment (红牌; their warning counts as given before). Then checks that each was
 * recorded exactly once on its case and prints how long the last one took.
 */
final class DueBurst {

    private static final int TIMEOUT_SECONDS = 900;
    /** Our process instance id in the engine's collation, so that the engine's index on it is used. */
    private static final String ENGINE_ID = "convert(d.process_instance_id using utf8mb3) collate utf8mb3_bin";

    private final Connection db;
    private final ZoneId zone;

    DueBurst(Connection db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    void run(int count, int in) throws SQLException, InterruptedException {
        LocalDateTime minute = LocalDateTime.now(zone).plusSeconds(in).truncatedTo(ChronoUnit.SECONDS);
        choose(count, minute);
        moveTimers();
        System.out.printf("%,d limits fall due between %s and %s%n", count(), minute, minute.plusSeconds(59));
        watch(minute);
        check(minute);
    }

    /**
     * The running limits of sign-for and handling furthest away (not warned yet), half to be warned, half to be
     * overdue (the other stages' limits, further away, have timers of other names).
     */
    private void choose(int count, LocalDateTime minute) throws SQLException {
        execute("drop table if exists scale_burst");
        execute(
                "create table scale_burst (deadline_id bigint primary key, complaint_id bigint not null,"
                        + " process_instance_id varchar(64) not null, job_id varchar(64) not null, other_job_id varchar(64),"
                        + " task_key varchar(64) not null, due_variable varchar(32) not null, event_type varchar(32) not null,"
                        + " overdue boolean not null, due_at datetime not null) default charset = utf8mb3 collate = utf8mb3_bin");
        try (PreparedStatement insert = db.prepareStatement("insert into scale_burst"
                + " select d.id, d.complaint_id, d.process_instance_id,"
                + "  case when k.n % 2 = 1 then o.ID_ else w.ID_ end, case when k.n % 2 = 1 then w.ID_ else o.ID_ end,"
                + "  if(d.stage = 'SIGN_FOR', 'userTask_signFor', 'userTask_handleAndReply'),"
                + "  concat(if(d.stage = 'SIGN_FOR', 'signFor', 'handling'), if(k.n % 2 = 1, 'Due', 'Warning')),"
                + "  concat(d.stage, if(k.n % 2 = 1, '_OVERDUE', '_WARNING')), k.n % 2 = 1,"
                + "  ? + interval (k.n % 60) second"
                + " from (select d.id, row_number() over (order by d.due_at desc, d.id) n from case_deadline d"
                + "   where d.status = 'RUNNING' and d.warned_at is null and d.stage in ('SIGN_FOR', 'HANDLING')) k"
                + " join case_deadline d on d.id = k.id"
                + " join ACT_RU_JOB w on w.PROCESS_INSTANCE_ID_ = " + ENGINE_ID
                + "  and w.HANDLER_CFG_ = concat('boundaryEvent_', if(d.stage = 'SIGN_FOR', 'signFor', 'handling'), 'Warning')"
                + " join ACT_RU_JOB o on o.PROCESS_INSTANCE_ID_ = " + ENGINE_ID
                + "  and o.HANDLER_CFG_ = concat('boundaryEvent_', if(d.stage = 'SIGN_FOR', 'signFor', 'handling'), 'Overdue')"
                + " where k.n <= ?")) {
            insert.setTimestamp(1, Timestamp.valueOf(minute));
            insert.setInt(2, count);
            insert.executeUpdate();
        }
    }

    /**
     * Moves the chosen timers, the limits, the cases' and tasks' due dates and the variables the timers were made
     * from, as a limit that was due then would have them. An overdue limit's warning timer is gone: it fired.
     */
    private void moveTimers() throws SQLException {
        // The application's wall-clock datetimes, read in its zone, give the epoch milliseconds of its date variables.
        execute("set time_zone = '" + zone.getRules().getOffset(Instant.now()).getId() + "'");
        db.setAutoCommit(false);
        execute("update ACT_RU_JOB j join scale_burst b on j.ID_ = b.job_id set j.DUEDATE_ = b.due_at");
        execute("delete j from ACT_RU_JOB j join scale_burst b on j.ID_ = b.other_job_id and b.overdue");
        execute("update ACT_RU_JOB j join scale_burst b on j.ID_ = b.other_job_id and not b.overdue"
                + " set j.DUEDATE_ = b.due_at + interval 1 day");
        execute("update case_deadline d join scale_burst b on d.id = b.deadline_id set"
                + " d.due_at = if(b.overdue, b.due_at, b.due_at + interval 1 day),"
                + " d.warn_at = if(b.overdue, b.due_at - interval 1 day, b.due_at),"
                + " d.warned_at = if(b.overdue, b.due_at - interval 1 day, null)");
        execute("update complaint c join scale_burst b on c.id = b.complaint_id"
                + " set c.due_at = if(b.overdue, b.due_at, b.due_at + interval 1 day)");
        execute(
                "update ACT_RU_TASK t join scale_burst b on t.PROC_INST_ID_ = b.process_instance_id"
                        + " and t.TASK_DEF_KEY_ = b.task_key set t.DUE_DATE_ = if(b.overdue, b.due_at, b.due_at + interval 1 day)");
        execute("update ACT_RU_VARIABLE v join scale_burst b on v.PROC_INST_ID_ = b.process_instance_id"
                + " and v.NAME_ = b.due_variable set v.LONG_ = unix_timestamp(b.due_at) * 1000");
        db.commit();
        db.setAutoCommit(true);
    }

    private void watch(LocalDateTime minute) throws SQLException, InterruptedException {
        long total = count();
        for (int second = 0; second < TIMEOUT_SECONDS; second++) {
            long left = single("select count(*) from ACT_RU_JOB j join scale_burst b on j.ID_ = b.job_id");
            long failed = single("select count(*) from ACT_RU_JOB j join scale_burst b on j.ID_ = b.job_id"
                    + " where j.EXCEPTION_MSG_ is not null");
            long sinceMinute = ChronoUnit.SECONDS.between(minute, LocalDateTime.now(zone));
            if (second % 5 == 0 || left == 0) {
                System.out.printf(
                        "t=%+ds processed %,d of %,d, failed attempts pending %,d%n",
                        sinceMinute, total - left, total, failed);
            }
            if (left == 0) {
                return;
            }
            Thread.sleep(1000);
        }
        System.out.println("gave up after " + TIMEOUT_SECONDS + " s");
    }

    private void check(LocalDateTime minute) throws SQLException {
        long recorded = single("select count(distinct b.deadline_id) from scale_burst b join case_event e"
                + " on e.complaint_id = b.complaint_id and e.type = b.event_type");
        long twice = single("select count(*) from (select b.deadline_id from scale_burst b join case_event e"
                + " on e.complaint_id = b.complaint_id and e.type = b.event_type group by b.deadline_id"
                + " having count(*) > 1) x");
        long marked = single("select count(*) from scale_burst b join case_deadline d on d.id = b.deadline_id"
                + " where (b.overdue and d.overdue_at is not null) or (not b.overdue and d.warned_at is not null)");
        long lastSeconds = single(
                "select coalesce(timestampdiff(second, ?, max(e.occurred_at)), -1)"
                        + " from scale_burst b join case_event e on e.complaint_id = b.complaint_id and e.type = b.event_type",
                Timestamp.valueOf(minute));
        long maxLag = single("select coalesce(max(timestampdiff(second, b.due_at, e.occurred_at)), -1)"
                + " from scale_burst b join case_event e on e.complaint_id = b.complaint_id and e.type = b.event_type");
        System.out.printf(
                "recorded on the case: %,d of %,d; recorded twice: %,d; limits marked: %,d%n",
                recorded, count(), twice, marked);
        System.out.printf(
                "last one recorded %d s after the minute began; longest wait after its moment %d s%n",
                lastSeconds, maxLag);
    }

    private long count() throws SQLException {
        return single("select count(*) from scale_burst");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private long single(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
