package org.xinfang.petition.assessment;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A month written straight into the case tables, line by line, as the application would have written it: timeline
 * lines, limits, callbacks, ratings, supervision orders and accountability records, each naming its bureau. The
 * known-answer tests work their figures out by hand from exactly these rows. The rows of an earlier run in the same
 * month are removed first, so the month holds only what the test writes.
 */
final class HandBuiltMonth {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final String month;

    HandBuiltMonth(JdbcTemplate jdbc, String month) {
        this.jdbc = jdbc;
        this.month = month;
    }

    /** Removes what an earlier run wrote in the month (its lines, limits and verdicts, the month's assessment). */
    HandBuiltMonth cleared() {
        Timestamp from = at(1, "00:00");
        Timestamp to = Timestamp.from(LocalDateTime.parse(month + "-01T00:00")
                .plusMonths(1)
                .atZone(BEIJING)
                .toInstant());
        String in = " >= ? and %s < ?";
        jdbc.update("delete from assessment_result where assessed_month = ?", month);
        jdbc.update("delete from assessment_month where assessed_month = ?", month);
        jdbc.update("delete from opinion_score where assessed_month = ?", month);
        jdbc.update("delete from case_event where occurred_at" + in.formatted("occurred_at"), from, to);
        jdbc.update("delete from case_deadline where started_at" + in.formatted("started_at"), from, to);
        jdbc.update("delete from callback where called_at" + in.formatted("called_at"), from, to);
        jdbc.update("delete from reply_rating where rated_at" + in.formatted("rated_at"), from, to);
        jdbc.update("delete from reply where drafted_at" + in.formatted("drafted_at"), from, to);
        jdbc.update("delete from accountability_record where created_at" + in.formatted("created_at"), from, to);
        jdbc.update("delete from supervision_order where issued_at" + in.formatted("issued_at"), from, to);
        return this;
    }

    /** {@code count} timeline lines of the type on the case, with the bureau, on the day at 10:00. */
    void events(long complaintId, String bureau, String type, int count, int day) {
        for (int i = 0; i < count; i++) {
            jdbc.update(
                    "insert into case_event (complaint_id, type, actor, actor_unit, occurred_at, bureau_code)"
                            + " values (?, ?, 'test', ?, ?, ?)",
                    complaintId,
                    type,
                    bureau,
                    at(day, "10:00"),
                    bureau);
        }
    }

    /**
     * {@code count} limits of the stage that ended on time on the day. Every limit starts on the 1st at 09:00 and
     * records, as the application does when the stage ends, the working days after the 1st up to its last day (the
     * month is taken to hold no holiday: Monday to Friday).
     */
    void limitsMet(long complaintId, String bureau, String stage, int count, int day) {
        for (int i = 0; i < count; i++) {
            limit(complaintId, bureau, stage, at(day + 1, "00:00"), day, "10:00", null);
        }
    }

    /**
     * A limit of the stage due at the end of {@code dueDay} (24:00), overdue from then, ended on {@code endedDay}
     * at 15:00.
     */
    void limitLate(long complaintId, String bureau, String stage, int dueDay, int endedDay) {
        Timestamp due = at(dueDay + 1, "00:00");
        limit(complaintId, bureau, stage, due, endedDay, "15:00", due);
    }

    private void limit(
            long complaintId, String bureau, String stage, Timestamp due, int endedDay, String time, Timestamp over) {
        jdbc.update(
                "insert into case_deadline (complaint_id, stage, process_instance_id, limit_expression,"
                        + " warn_expression, extension_amount, started_at, due_at, warn_at, status, overdue_at,"
                        + " ended_at, version, bureau_code, working_days)"
                        + " values (?, ?, 'hand-built', '2wd', '1wd', 0, ?, ?, ?, 'ENDED', ?, ?, 0, ?, ?)",
                complaintId,
                stage,
                at(1, "09:00"),
                due,
                due,
                over,
                at(endedDay, time),
                bureau,
                weekdaysAfterTheFirst(endedDay));
    }

    private int weekdaysAfterTheFirst(int day) {
        LocalDate first = LocalDate.parse(month + "-01");
        int count = 0;
        for (int d = 2; d <= day; d++) {
            if (first.plusDays(d - 1L).getDayOfWeek().getValue() <= 5) {
                count++;
            }
        }
        return count;
    }

    /** A callback of the office with the result, on the day. */
    void callbacks(long complaintId, String bureau, String result, int count, int day) {
        for (int i = 0; i < count; i++) {
            jdbc.update(
                    "insert into callback (complaint_id, bureau_code, result, called_by, called_at)"
                            + " values (?, ?, ?, 'clerk', ?)",
                    complaintId,
                    bureau,
                    result,
                    at(day, "11:00"));
        }
    }

    /** A reply sent by the bureau and the complainant's verdict on it, on the day. */
    void rating(long complaintId, String bureau, String verdict, int day) {
        jdbc.update(
                "insert into reply (complaint_id, bureau_code, text, status, drafted_by, drafted_at, sent_at)"
                        + " values (?, ?, '答复', 'SENT', 'test', ?, ?)",
                complaintId,
                bureau,
                at(day, "09:00"),
                at(day, "09:00"));
        Long reply = jdbc.queryForObject("select max(id) from reply where complaint_id = ?", Long.class, complaintId);
        jdbc.update(
                "insert into reply_rating (complaint_id, reply_id, bureau_code, verdict, comment, rated_at, changes)"
                        + " values (?, ?, ?, ?, null, ?, 0)",
                complaintId,
                reply,
                bureau,
                verdict,
                at(day, "12:00"));
    }

    /** A supervision order issued to the bureau on the day. */
    void supervisionOrder(long complaintId, String bureau, int day) {
        jdbc.update(
                "insert into supervision_order (complaint_id, process_instance_id, sequence_no, level_unit_id,"
                        + " bureau_id, stage, flagged, escalated, issued_by, issued_at, limit_expression, due_at,"
                        + " instructions, status, version)"
                        + " values (?, ?, 1, ?, ?, 'HANDLING', false, false, 'inspector', ?, '3wd', ?, '督办', 'ANSWERED',"
                        + " 0)",
                complaintId,
                UUID.randomUUID().toString(),
                unitId("petition-640000"),
                unitId(bureau),
                at(day, "10:00"),
                at(day + 3, "00:00"));
    }

    /** An accountability record against the bureau, opened on the day. */
    void accountability(long complaintId, String bureau, int day) {
        jdbc.update(
                "insert into accountability_record (complaint_id, process_instance_id, unit_id, created_at, facts,"
                        + " status, version) values (?, ?, ?, ?, '超期未办', 'CONCLUDED', 0)",
                complaintId,
                UUID.randomUUID().toString(),
                unitId(bureau),
                at(day, "10:00"));
    }

    private Long unitId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private Timestamp at(int day, String time) {
        LocalDateTime local = LocalDateTime.parse(month + "-01T" + time).plusDays(day - 1);
        return Timestamp.from(local.atZone(BEIJING).toInstant());
    }
}
