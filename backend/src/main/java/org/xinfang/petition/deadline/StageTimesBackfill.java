package org.xinfang.petition.deadline;

import java.sql.Timestamp;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.calendar.WorkingCalendar;

/**
 * When a node starts, gives the limits that ended before stage times were recorded (V33) the working days their
 * stage took, a page at a time, up to the last such limit (bounded once by V35); then deletes the bound, so later
 * starts find nothing to do without scanning the limits. Every node may do it; a row already filled in is left as it
 * is, and a node stopped half-way leaves the bound for the next start.
 */
@Component
class StageTimesBackfill {

    private static final Logger log = LoggerFactory.getLogger(StageTimesBackfill.class);
    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;

    StageTimesBackfill(JdbcTemplate jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillIn() {
        List<Long> bound = jdbc.queryForList("select up_to_id from stage_times_backfill", Long.class);
        if (bound.isEmpty()) {
            return;
        }
        long upTo = bound.get(0);
        long filled = 0;
        long after = 0;
        while (true) {
            List<Ended> page = jdbc.query(
                    "select id, started_at, ended_at from case_deadline where id > ? and id <= ?"
                            + " and ended_at is not null and working_days is null order by id limit " + PAGE,
                    (row, i) -> new Ended(row.getLong(1), row.getTimestamp(2), row.getTimestamp(3)),
                    after,
                    upTo);
            for (Ended ended : page) {
                filled += jdbc.update(
                        "update case_deadline set working_days = ? where id = ? and working_days is null",
                        calendar.workingDaysElapsed(
                                ended.startedAt().toInstant(), ended.endedAt().toInstant()),
                        ended.id());
                after = ended.id();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        // Every limit after the bound records its stage time when it ends (Deadlines.stop): nothing is left to do.
        jdbc.update("delete from stage_times_backfill");
        if (filled > 0) {
            log.info("Recorded the stage time of {} limits that ended before stage times were kept", filled);
        }
    }

    private record Ended(long id, Timestamp startedAt, Timestamp endedAt) {}
}
