package org.xinfang.petition.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.PinnedClock;

/** Limits that ended before stage times were kept are given them when a node starts; one already given is kept. */
class StageTimesBackfillTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StageTimesBackfill backfill;

    @Test
    void aLimitThatEndedWithoutItsWorkingDaysIsGivenThemOnTheCalendarAndARecordedOneIsKept() {
        long complaint = jdbc.queryForObject(
                "select id from complaint where tracking_number = ?", Long.class, complaints.file());
        // From Wednesday 2026-09-30 to Friday 2026-10-09, over National Day: Thursday 10-08 and Friday 10-09.
        long old = endedLimit(complaint, "2026-09-30T10:00", "2026-10-09T15:00", null);
        long recorded = endedLimit(complaint, "2026-09-30T10:00", "2026-10-09T15:00", 99);
        // as V35 bounds the limits that ended before stage times were kept
        jdbc.update("delete from stage_times_backfill");
        jdbc.update("insert into stage_times_backfill (up_to_id) values (?)", recorded);

        backfill.fillIn();

        assertThat(workingDays(old)).isEqualTo(2);
        assertThat(workingDays(recorded)).isEqualTo(99);
    }

    private long endedLimit(long complaint, String started, String ended, Integer workingDays) {
        jdbc.update(
                "insert into case_deadline (complaint_id, stage, process_instance_id, limit_expression,"
                        + " warn_expression, extension_amount, started_at, due_at, warn_at, status, ended_at, version,"
                        + " working_days) values (?, 'HANDLING', 'backfill', '15 working days', '2 working days', 0, ?, ?, ?, 'ENDED', ?, 0, ?)",
                complaint,
                at(started),
                at(ended),
                at(started),
                at(ended),
                workingDays);
        return jdbc.queryForObject("select max(id) from case_deadline where complaint_id = ?", Long.class, complaint);
    }

    private Integer workingDays(long id) {
        return jdbc.queryForObject("select working_days from case_deadline where id = ?", Integer.class, id);
    }

    private static Timestamp at(String local) {
        return Timestamp.from(
                LocalDateTime.parse(local).atZone(PinnedClock.BEIJING).toInstant());
    }
}
