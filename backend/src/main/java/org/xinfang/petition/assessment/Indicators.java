package org.xinfang.petition.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.xinfang.petition.survey.SurveyTally;

/**
 * Each bureau's {@link Figures} in a period, counted in the database: grouped counts over indexed columns of the
 * case tables (each timeline line and limit names the bureau that had the case), never cases loaded into memory;
 * only the few limits that ran out are read one by one, to count their working days late on the calendar. Cases
 * left out of the assessment ({@link Exclusions}) are not counted anywhere.
 */
@Service
@Transactional(readOnly = true)
class Indicators {

    private static final String NOT_EXCLUDED =
            " and %s not in (select x.complaint_id from assessment_exclusion x" + " where x.status = 'APPROVED')";

    private static final String EVENTS = "select e.bureau_code, e.type, count(*) from case_event e"
            + " where e.bureau_code is not null and e.occurred_at >= :from and e.occurred_at < :to"
            + " and e.type in ('DISPATCHED', 'RETURNED', 'REPLIED', 'REOPENED', 'DEADLINE_EXTENDED')"
            + NOT_EXCLUDED.formatted("e.complaint_id") + " group by e.bureau_code, e.type";

    private static final String CONCLUDED = "select e.bureau_code, count(*),"
            + " sum(case when c.reopen_count = 0 then 1 else 0 end)"
            + " from case_event e join complaint c on c.id = e.complaint_id"
            + " where e.bureau_code is not null and e.type = 'CLOSED' and e.occurred_at >= :from and e.occurred_at < :to"
            + NOT_EXCLUDED.formatted("e.complaint_id") + " group by e.bureau_code";

    private static final String LIMITS_ENDED = "select d.bureau_code, d.stage, count(*),"
            + " sum(case when d.overdue_at is null then 1 else 0 end) from case_deadline d"
            + " where d.bureau_code is not null and d.stage in ('SIGN_FOR', 'HANDLING')"
            + " and d.ended_at >= :from and d.ended_at < :to"
            + NOT_EXCLUDED.formatted("d.complaint_id") + " group by d.bureau_code, d.stage";

    private static final String LIMITS_RUN_OUT = "select d.bureau_code, d.due_at, d.ended_at from case_deadline d"
            + " where d.bureau_code is not null and d.overdue_at >= :from and d.overdue_at < :to"
            + NOT_EXCLUDED.formatted("d.complaint_id");

    private static final String CALLBACKS = "select b.bureau_code, count(*),"
            + " sum(case when b.result in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) from callback b"
            + " where b.bureau_code is not null and b.called_at >= :from and b.called_at < :to"
            + NOT_EXCLUDED.formatted("b.complaint_id") + " group by b.bureau_code";

    private static final String RATINGS = "select r.bureau_code, count(*),"
            + " sum(case when r.verdict in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) from reply_rating r"
            + " where r.rated_at >= :from and r.rated_at < :to"
            + NOT_EXCLUDED.formatted("r.complaint_id") + " group by r.bureau_code";

    private static final String SUPERVISION_ORDERS = "select u.code, count(*) from supervision_order s"
            + " join org_unit u on u.id = s.bureau_id where s.issued_at >= :from and s.issued_at < :to"
            + NOT_EXCLUDED.formatted("s.complaint_id") + " group by u.code";

    private static final String ACCOUNTABILITY = "select u.code, count(*) from accountability_record a"
            + " join org_unit u on u.id = a.unit_id where a.created_at >= :from and a.created_at < :to"
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
        Map<String, Counts> counts = count(from, to);
        for (YearMonth month = YearMonth.from(first);
                !month.atEndOfMonth().isAfter(last);
                month = month.plusMonths(1)) {
            if (!month.atDay(1).isBefore(first)) {
                surveys.of(month)
                        .forEach(tally -> counts(counts, tally.unitCode()).add(tally));
            }
        }
        return rollUp(counts);
    }

    private Map<String, Counts> count(Instant from, Instant to) {
        MapSqlParameterSource period =
                new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query(EVENTS, period, row -> {
            counts(counts, row.getString(1)).event(row.getString(2), row.getLong(3));
        });
        jdbc.query(CONCLUDED, period, row -> {
            Counts unit = counts(counts, row.getString(1));
            unit.concluded += row.getLong(2);
            unit.resolved += row.getLong(3);
        });
        jdbc.query(LIMITS_ENDED, period, row -> {
            counts(counts, row.getString(1)).limitsEnded(row.getString(2), row.getLong(3), row.getLong(4));
        });
        jdbc.query(LIMITS_RUN_OUT, period, row -> {
            Counts unit = counts(counts, row.getString(1));
            Instant due = row.getTimestamp(2).toInstant();
            Instant ended =
                    row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant();
            unit.overdue++;
            unit.overdueWorkingDays += workingDaysLate(due, ended == null || ended.isAfter(to) ? end(to) : ended);
        });
        jdbc.query(CALLBACKS, period, row -> {
            Counts unit = counts(counts, row.getString(1));
            unit.calledBack += row.getLong(2);
            unit.callbackSatisfied += row.getLong(3);
        });
        jdbc.query(RATINGS, period, row -> {
            Counts unit = counts(counts, row.getString(1));
            unit.ratings += row.getLong(2);
            unit.ratingsSatisfied += row.getLong(3);
        });
        jdbc.query(SUPERVISION_ORDERS, period, row -> {
            counts(counts, row.getString(1)).supervisionOrders += row.getLong(2);
        });
        jdbc.query(ACCOUNTABILITY, period, row -> {
            counts(counts, row.getString(1)).accountability += row.getLong(2);
        });
        for (VerdictTally tally : evaluation.windowRatings(from, to)) {
            Counts unit = counts(counts, tally.unitCode());
            unit.windowRatings += tally.total();
            unit.windowSatisfied += tally.satisfied() + tally.basicallySatisfied();
        }
        return counts;
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
    private List<UnitIndicators> rollUp(Map<String, Counts> counts) {
        List<OrgUnit> bureaus = organisation.units().stream()
                .filter(OrgUnit::isBureau)
                .sorted(Comparator.comparing(OrgUnit::getLevel).thenComparing(OrgUnit::getCode))
                .toList();
        Map<String, Figures> own = new LinkedHashMap<>();
        bureaus.forEach(bureau -> own.put(
                bureau.getCode(),
                counts.getOrDefault(bureau.getCode(), new Counts()).figures()));
        List<UnitIndicators> rows = new ArrayList<>();
        for (OrgUnit bureau : bureaus) {
            Figures total = Figures.NONE;
            for (OrgUnit other : bureaus) {
                if (isWithin(other, bureau)) {
                    total = total.plus(own.get(other.getCode()));
                }
            }
            rows.add(UnitIndicators.of(bureau, own.get(bureau.getCode()), total));
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

    private static Counts counts(Map<String, Counts> counts, String code) {
        return counts.computeIfAbsent(code, any -> new Counts());
    }

    /** The counts of one bureau as the queries fill them in. */
    private static final class Counts {
        long received;
        long returned;
        long signForsDue;
        long signedOnTime;
        long handlingsDue;
        long handledOnTime;
        long overdue;
        long overdueWorkingDays;
        long extensions;
        long replied;
        long reopened;
        long concluded;
        long resolved;
        long calledBack;
        long callbackSatisfied;
        long ratings;
        long ratingsSatisfied;
        long windowRatings;
        long windowSatisfied;
        long surveyCalled;
        long surveyReached;
        long surveyValid;
        long supervisionOrders;
        long accountability;

        void event(String type, long count) {
            switch (type) {
                case "DISPATCHED" -> received += count;
                case "RETURNED" -> returned += count;
                case "REPLIED" -> replied += count;
                case "REOPENED" -> reopened += count;
                case "DEADLINE_EXTENDED" -> extensions += count;
                default -> throw new IllegalArgumentException(type);
            }
        }

        void limitsEnded(String stage, long ended, long onTime) {
            if (stage.equals("SIGN_FOR")) {
                signForsDue += ended;
                signedOnTime += onTime;
            } else {
                handlingsDue += ended;
                handledOnTime += onTime;
            }
        }

        void add(SurveyTally tally) {
            surveyCalled += tally.called();
            surveyReached += tally.reached();
            surveyValid += tally.valid();
        }

        Figures figures() {
            return new Figures(
                    received,
                    returned,
                    signForsDue,
                    signedOnTime,
                    handlingsDue,
                    handledOnTime,
                    overdue,
                    overdueWorkingDays,
                    extensions,
                    replied,
                    reopened,
                    concluded,
                    resolved,
                    calledBack,
                    callbackSatisfied,
                    ratings,
                    ratingsSatisfied,
                    windowRatings,
                    windowSatisfied,
                    surveyCalled,
                    surveyReached,
                    surveyValid,
                    supervisionOrders,
                    accountability);
        }
    }
}
