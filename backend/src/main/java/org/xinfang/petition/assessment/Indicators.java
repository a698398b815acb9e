package org.xinfang.petition.assessment;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.calendar.WorkingCalendar;
import org.xinfang.petition.evaluation.EvaluationTallies;
import org.xinfang.petition.evaluation.VerdictTally;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.survey.SurveyResults;

/**
 * Each bureau's {@link Figures} in a period, counted in the database: grouped counts over indexed columns of the
 * case tables (each timeline line and limit names the bureau that had the case), never cases loaded into memory;
 * only the few limits that ran out are read one by one, to count their working days late on the calendar. Each
 * count's column is labelled with its name in {@link Figures}. Stage times are grouped by bureau, stage and working
 * days ({@link StageTimes}). Cases left out of the assessment ({@link Exclusions}) are not counted anywhere.
 */
@Service
@Transactional(readOnly = true)
class Indicators {

    private static final String NOT_EXCLUDED =
            " and %s not in (select x.complaint_id from assessment_exclusion x" + " where x.status = 'APPROVED')";

    private static final String EVENTS = "select e.bureau_code,"
            + " sum(case when e.type = 'DISPATCHED' then 1 else 0 end) as received,"
            + " sum(case when e.type = 'SIGNED_FOR' then 1 else 0 end) as accepted,"
            + " sum(case when e.type = 'RETURNED' then 1 else 0 end) as returned,"
            + " sum(case when e.type = 'REPLIED' then 1 else 0 end) as replied,"
            + " sum(case when e.type = 'REOPENED' then 1 else 0 end) as reopened,"
            + " sum(case when e.type = 'DEADLINE_EXTENDED' then 1 else 0 end) as extensions from case_event e"
            + " where e.bureau_code is not null and e.occurred_at >= :from and e.occurred_at < :to"
            + " and e.type in ('DISPATCHED', 'SIGNED_FOR', 'RETURNED', 'REPLIED', 'REOPENED', 'DEADLINE_EXTENDED')"
            + NOT_EXCLUDED.formatted("e.complaint_id") + " group by e.bureau_code";

    private static final String CONCLUDED = "select e.bureau_code, count(*) as concluded,"
            + " sum(case when c.reopen_count = 0 then 1 else 0 end) as resolved"
            + " from case_event e join complaint c on c.id = e.complaint_id"
            + " where e.bureau_code is not null and e.type = 'CLOSED' and e.occurred_at >= :from and e.occurred_at < :to"
            + NOT_EXCLUDED.formatted("e.complaint_id") + " group by e.bureau_code";

    /** Repeats (重复件并单) received in the period, at the bureau that now has the case they repeat. */
    private static final String REPEATS = "select u.code, count(*) as repeats"
            + " from complaint r join complaint o on o.id = r.repeat_of_id join org_unit u on u.id = o.current_bureau_id"
            + " where r.received_at >= :from and r.received_at < :to"
            + NOT_EXCLUDED.formatted("o.id") + " group by u.code";

    private static final String LIMITS_ENDED = "select d.bureau_code,"
            + " sum(case when d.stage = 'SIGN_FOR' then 1 else 0 end) as signForsDue,"
            + " sum(case when d.stage = 'SIGN_FOR' and d.overdue_at is null then 1 else 0 end) as signedOnTime,"
            + " sum(case when d.stage = 'HANDLING' then 1 else 0 end) as handlingsDue,"
            + " sum(case when d.stage = 'HANDLING' and d.overdue_at is null then 1 else 0 end) as handledOnTime"
            + " from case_deadline d where d.bureau_code is not null and d.stage in ('SIGN_FOR', 'HANDLING')"
            + " and d.ended_at >= :from and d.ended_at < :to"
            + NOT_EXCLUDED.formatted("d.complaint_id") + " group by d.bureau_code";

    /** The bounded aggregate of the stage times: per bureau, stage and number of working days, how many ended. */
    private static final String STAGE_DAYS = "select d.bureau_code, d.stage, d.working_days, count(*)"
            + " from case_deadline d where d.stage in ('SIGN_FOR', 'HANDLING', 'RECTIFICATION')"
            + " and d.ended_at >= :from and d.ended_at < :to and d.bureau_code is not null"
            + " and d.working_days is not null"
            + NOT_EXCLUDED.formatted("d.complaint_id") + " group by d.bureau_code, d.stage, d.working_days";

    private static final String LIMITS_RUN_OUT = "select d.bureau_code, d.due_at, d.ended_at from case_deadline d"
            + " where d.bureau_code is not null and d.overdue_at >= :from and d.overdue_at < :to"
            + NOT_EXCLUDED.formatted("d.complaint_id");

    private static final String CALLBACKS = "select b.bureau_code, count(*) as calledBack,"
            + " sum(case when b.result in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as callbackSatisfied"
            + " from callback b where b.bureau_code is not null and b.called_at >= :from and b.called_at < :to"
            + NOT_EXCLUDED.formatted("b.complaint_id") + " group by b.bureau_code";

    private static final String RATINGS = "select r.bureau_code, count(*) as ratings,"
            + " sum(case when r.verdict in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as ratingsSatisfied"
            + " from reply_rating r where r.rated_at >= :from and r.rated_at < :to"
            + NOT_EXCLUDED.formatted("r.complaint_id") + " group by r.bureau_code";

    private static final String SUPERVISION_ORDERS = "select u.code, count(*) as supervisionOrders"
            + " from supervision_order s join org_unit u on u.id = s.bureau_id"
            + " where s.issued_at >= :from and s.issued_at < :to"
            + NOT_EXCLUDED.formatted("s.complaint_id") + " group by u.code";

    private static final String ACCOUNTABILITY = "select u.code, count(*) as accountability"
            + " from accountability_record a join org_unit u on u.id = a.unit_id"
            + " where a.created_at >= :from and a.created_at < :to"
            + NOT_EXCLUDED.formatted("a.complaint_id") + " group by u.code";

    private final NamedParameterJdbcTemplate jdbc;
    private final Organisation organisation;
    private final WorkingCalendar calendar;
    private final EvaluationTallies evaluation;
    private final SurveyResults surveys;
    private final Clock clock;

    Indicators(
            NamedParameterJdbcTemplate jdbc,
            Organisation organisation,
            WorkingCalendar calendar,
            EvaluationTallies evaluation,
            SurveyResults surveys,
            Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.calendar = calendar;
        this.evaluation = evaluation;
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * Every bureau's figures from {@code first} to {@code last} (Beijing dates, both included), its own and, for a
     * bureau with bureaus under it, rolled up over them; the survey counts where the period holds whole months.
     */
    List<UnitIndicators> of(LocalDate first, LocalDate last) {
        ZoneId zone = clock.getZone();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, Figures> figures = count(from, to);
        for (YearMonth month = YearMonth.from(first);
                !month.atEndOfMonth().isAfter(last);
                month = month.plusMonths(1)) {
            if (!month.atDay(1).isBefore(first)) {
                surveys.of(month)
                        .forEach(tally -> add(
                                figures,
                                tally.unitCode(),
                                Map.of(
                                        "surveyCalled", (long) tally.called(),
                                        "surveyReached", (long) tally.reached(),
                                        "surveyValid", (long) tally.valid())));
            }
        }
        return rollUp(figures, stageTimes(from, to));
    }

    /**
     * The satisfaction rate of the office's callbacks and the on-time completion rate of every bureau together, month
     * by month: the {@code months} months up to and including {@code last}, oldest first.
     */
    List<MonthTrend> trend(YearMonth last, int months) {
        List<MonthTrend> trend = new ArrayList<>();
        for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            Figures all = of(month.atDay(1), month.atEndOfMonth()).stream()
                    .map(unit -> unit.own().figures())
                    .reduce(Figures.NONE, Figures::plus);
            trend.add(new MonthTrend(month, all.callbackSatisfactionRate(), all.onTimeCompletionRate()));
        }
        return trend;
    }

    /**
     * The public's verdicts alone (the office's callbacks, the complainants' ratings, the window evaluators) of every
     * bureau from {@code from} to {@code to}: three grouped counts, for the monitoring screen's months.
     */
    Map<String, Figures> satisfaction(Instant from, Instant to) {
        Map<String, Figures> figures = new HashMap<>();
        countInto(figures, List.of(CALLBACKS, RATINGS), period(from, to));
        windowRatingsInto(figures, from, to);
        return figures;
    }

    /** One month of the trend: 满意率 (the office's callbacks) and 按时办结率, over every bureau. */
    record MonthTrend(YearMonth month, Rate satisfaction, Rate onTimeCompletion) {}

    private Map<String, Figures> count(Instant from, Instant to) {
        MapSqlParameterSource period = period(from, to);
        Map<String, Figures> figures = new HashMap<>();
        countInto(
                figures,
                List.of(
                        EVENTS,
                        CONCLUDED,
                        REPEATS,
                        LIMITS_ENDED,
                        CALLBACKS,
                        RATINGS,
                        SUPERVISION_ORDERS,
                        ACCOUNTABILITY),
                period);
        jdbc.query(LIMITS_RUN_OUT, period, row -> {
            Instant due = row.getTimestamp(2).toInstant();
            Instant ended =
                    row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant();
            long late = workingDaysLate(due, ended == null || ended.isAfter(to) ? end(to) : ended);
            add(figures, row.getString(1), Map.of("overdue", 1L, "overdueWorkingDays", late));
        });
        windowRatingsInto(figures, from, to);
        return figures;
    }

    /** Each query's columns after the bureau's code, labelled with the counts' names in {@link Figures}. */
    private void countInto(Map<String, Figures> figures, List<String> queries, MapSqlParameterSource period) {
        for (String counts : queries) {
            jdbc.query(counts, period, row -> {
                ResultSetMetaData columns = row.getMetaData();
                Map<String, Long> named = new HashMap<>();
                for (int i = 2; i <= columns.getColumnCount(); i++) {
                    named.put(columns.getColumnLabel(i), row.getLong(i));
                }
                add(figures, row.getString(1), named);
            });
        }
    }

    private void windowRatingsInto(Map<String, Figures> figures, Instant from, Instant to) {
        for (VerdictTally tally : evaluation.windowRatings(from, to)) {
            add(
                    figures,
                    tally.unitCode(),
                    Map.of(
                            "windowRatings",
                            tally.total(),
                            "windowSatisfied",
                            tally.satisfied() + tally.basicallySatisfied()));
        }
    }

    private Map<String, StageTimes> stageTimes(Instant from, Instant to) {
        Map<String, StageTimes> times = new HashMap<>();
        jdbc.query(STAGE_DAYS, period(from, to), row -> {
            times.merge(
                    row.getString(1), StageTimes.of(row.getString(2), row.getInt(3), row.getLong(4)), StageTimes::plus);
        });
        return times;
    }

    private static MapSqlParameterSource period(Instant from, Instant to) {
        return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
    }

    private static void add(Map<String, Figures> figures, String code, Map<String, Long> counts) {
        figures.merge(code, Figures.of(counts), Figures::plus);
    }

    /** Not later than now: a period still running is counted up to this moment. */
    private Instant end(Instant to) {
        Instant now = clock.instant();
        return now.isBefore(to) ? now : to;
    }

    /** Working days from the limit to the end (the first working day after the limit is one day late). */
    private long workingDaysLate(Instant due, Instant end) {
        return Math.max(0, -calendar.remainingWorkingDays(end, due));
    }

    /** Every bureau, each with its own figures and its figures with every bureau under it. */
    private List<UnitIndicators> rollUp(Map<String, Figures> figures, Map<String, StageTimes> times) {
        List<OrgUnit> bureaus = organisation.units().stream()
                .filter(OrgUnit::isBureau)
                .sorted(Comparator.comparing(OrgUnit::getLevel).thenComparing(OrgUnit::getCode))
                .toList();
        List<UnitIndicators> rows = new ArrayList<>();
        for (OrgUnit bureau : bureaus) {
            Figures total = Figures.NONE;
            StageTimes totalTimes = StageTimes.NONE;
            for (OrgUnit other : bureaus) {
                if (isWithin(other, bureau)) {
                    total = total.plus(figures.getOrDefault(other.getCode(), Figures.NONE));
                    totalTimes = totalTimes.plus(times.getOrDefault(other.getCode(), StageTimes.NONE));
                }
            }
            rows.add(UnitIndicators.of(
                    bureau,
                    figures.getOrDefault(bureau.getCode(), Figures.NONE),
                    times.getOrDefault(bureau.getCode(), StageTimes.NONE),
                    total,
                    totalTimes));
        }
        return rows;
    }

    private static boolean isWithin(OrgUnit unit, OrgUnit ancestor) {
        for (OrgUnit at = unit; at != null; at = at.getParent()) {
            if (at.getId().equals(ancestor.getId())) {
                return true;
            }
        }
        return false;
    }
}
