package org.xinfang.petition.assessment;

import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XIXIA;
import static org.xinfang.petition.support.Logins.YINCHUAN;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;

/**
 * A month written straight into the case tables, line by line, as the application would have written it: timeline
 * lines, limits, callbacks, ratings, supervision orders and accountability records, each naming its bureau. The
 * known-answer tests work their figures out by hand from exactly these rows. The rows of an earlier run in the same
 * month are removed first, so the month holds only what the test writes.
 */
public final class HandBuiltMonth {

    /** The month worked out by hand in docs/indicators.md. */
    static final String DOCS_MONTH = "2025-03";

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final String month;

    public HandBuiltMonth(JdbcTemplate jdbc, String month) {
        this.jdbc = jdbc;
        this.month = month;
    }

    /**
     * Writes the month of docs/indicators.md (March 2025) line by line, and enters its opinion scores as the office
     * clerk; returns the tracking number of Xingqing's case that the closing test leaves out.
     */
    static String ofTheDocs(JdbcTemplate jdbc, Complaints complaints, Api api) {
        long xingqing = complaintId(jdbc, complaints.file());
        long xingqingReopened = complaintId(jdbc, complaints.file());
        String xingqingExcluded = complaints.file();
        long xixia = complaintId(jdbc, complaints.file());
        long jinfeng = complaintId(jdbc, complaints.file());
        long yinchuan = complaintId(jdbc, complaints.file());
        jdbc.update("update complaint set reopen_count = 1 where id = ?", xingqingReopened);
        HandBuiltMonth month = new HandBuiltMonth(jdbc, DOCS_MONTH).cleared();

        month.events(xingqing, XINGQING, "DISPATCHED", 9, 3);
        month.events(complaintId(jdbc, xingqingExcluded), XINGQING, "DISPATCHED", 1, 3);
        month.events(xingqing, XINGQING, "SIGNED_FOR", 8, 4);
        month.events(complaintId(jdbc, xingqingExcluded), XINGQING, "SIGNED_FOR", 1, 4);
        month.events(xingqing, XINGQING, "RETURNED", 1, 4);
        month.limitsMet(xingqing, XINGQING, "SIGN_FOR", 8, 4);
        month.limitsMet(complaintId(jdbc, xingqingExcluded), XINGQING, "SIGN_FOR", 1, 4);
        month.limitLate(xingqing, XINGQING, "SIGN_FOR", 4, 5);
        month.limitsMet(xingqing, XINGQING, "HANDLING", 6, 18);
        month.limitLate(xingqing, XINGQING, "HANDLING", 7, 11);
        month.limitLate(xingqing, XINGQING, "HANDLING", 14, 20);
        month.events(xingqing, XINGQING, "DEADLINE_EXTENDED", 1, 12);
        month.events(xingqing, XINGQING, "REPLIED", 8, 21);
        month.events(xingqing, XINGQING, "REOPENED", 1, 25);
        month.events(xingqing, XINGQING, "CLOSED", 5, 26);
        month.events(xingqingReopened, XINGQING, "CLOSED", 1, 26);
        month.callbacks(xingqing, XINGQING, "SATISFIED", 3, 24);
        month.callbacks(xingqing, XINGQING, "BASICALLY_SATISFIED", 1, 24);
        month.callbacks(xingqing, XINGQING, "UNSATISFIED", 2, 24);
        month.rating(xingqing, XINGQING, "SATISFIED", 24);
        month.rating(xingqing, XINGQING, "SATISFIED", 24);
        month.rating(xingqing, XINGQING, "BASICALLY_SATISFIED", 24);
        month.rating(xingqing, XINGQING, "UNSATISFIED", 24);
        month.supervisionOrder(xingqing, XINGQING, 12);
        month.repeatOf(xingqing, XINGQING, complaintId(jdbc, complaints.file()), 20);

        month.events(xixia, XIXIA, "DISPATCHED", 6, 3);
        month.events(xixia, XIXIA, "SIGNED_FOR", 6, 4);
        month.limitsMet(xixia, XIXIA, "SIGN_FOR", 6, 4);
        month.limitsMet(xixia, XIXIA, "HANDLING", 5, 14);
        month.events(xixia, XIXIA, "REPLIED", 5, 17);
        month.events(xixia, XIXIA, "CLOSED", 5, 24);
        month.callbacks(xixia, XIXIA, "SATISFIED", 5, 20);

        month.events(jinfeng, JINFENG, "DISPATCHED", 4, 10);
        month.events(jinfeng, JINFENG, "SIGNED_FOR", 4, 11);
        month.limitsMet(jinfeng, JINFENG, "SIGN_FOR", 4, 11);

        month.events(yinchuan, YINCHUAN, "DISPATCHED", 5, 3);
        month.events(yinchuan, YINCHUAN, "SIGNED_FOR", 5, 4);
        month.limitsMet(yinchuan, YINCHUAN, "SIGN_FOR", 5, 4);
        month.limitsMet(yinchuan, YINCHUAN, "HANDLING", 4, 14);
        month.limitLate(yinchuan, YINCHUAN, "HANDLING", 20, 24);
        month.events(yinchuan, YINCHUAN, "REPLIED", 5, 25);
        month.callbacks(yinchuan, YINCHUAN, "SATISFIED", 3, 27);
        month.callbacks(yinchuan, YINCHUAN, "UNSATISFIED", 2, 27);
        month.accountability(yinchuan, YINCHUAN, 26);

        api.as(CLERK)
                .contentType("application/json")
                .body(Map.of(
                        "scores",
                        List.of(
                                Map.of("unit", XINGQING, "score", 80),
                                Map.of("unit", XIXIA, "score", 90),
                                Map.of("unit", YINCHUAN, "score", 85))))
                .put("/assessment/months/{month}/opinion-scores", DOCS_MONTH)
                .then()
                .statusCode(204);
        return xingqingExcluded;
    }

    private static long complaintId(JdbcTemplate jdbc, String trackingNumber) {
        return jdbc.queryForObject("select id from complaint where tracking_number = ?", Long.class, trackingNumber);
    }

    /** Removes what an earlier run wrote in the month (its lines, limits and verdicts, the month's assessment). */
    public HandBuiltMonth cleared() {
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
        jdbc.update(
                "update complaint set repeat_of_id = null where received_at" + in.formatted("received_at"), from, to);
        return this;
    }

    /**
     * The second case received on the day at 10:00 and merged as a repeat of the first, which is now at the bureau
     * (the repeats count where the case they repeat is).
     */
    public void repeatOf(long originalId, String bureau, long repeatId, int day) {
        jdbc.update(
                "update complaint set current_bureau_id = (select id from org_unit where code = ?) where id = ?",
                bureau,
                originalId);
        jdbc.update(
                "update complaint set repeat_of_id = ?, received_at = ? where id = ?",
                originalId,
                at(day, "10:00"),
                repeatId);
    }

    /** {@code count} timeline lines of the type on the case, with the bureau, on the day at 10:00. */
    public void events(long complaintId, String bureau, String type, int count, int day) {
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
    public void limitsMet(long complaintId, String bureau, String stage, int count, int day) {
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
                        + " values (?, ?, 'hand-built', '2 working days', '1 working day', 0, ?, ?, ?, 'ENDED', ?, ?, 0, ?, ?)",
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
                        + " bureau_id, issuer_unit_id, stage, flagged, escalated, issued_by, issued_at, limit_expression,"
                        + " due_at, instructions, status, version)"
                        + " values (?, ?, 1, ?, ?, ?, 'HANDLING', false, false, 'inspector', ?, '3wd', ?, '督办',"
                        + " 'ANSWERED', 0)",
                complaintId,
                UUID.randomUUID().toString(),
                unitId("petition-640000"),
                unitId(bureau),
                unitId("petition-640000"),
                at(day, "10:00"),
                at(day + 3, "00:00"));
    }

    /** An accountability record against the bureau, opened on the day. */
    void accountability(long complaintId, String bureau, int day) {
        jdbc.update(
                "insert into accountability_record (complaint_id, process_instance_id, unit_id, created_at, facts,"
                        + " behaviour, status, version) values (?, ?, ?, ?, '超期未办', 'DELAY', 'CONCLUDED', 0)",
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
