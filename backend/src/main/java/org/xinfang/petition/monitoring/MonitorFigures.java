package org.xinfang.petition.monitoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.calendar.WorkingCalendar;
import org.xinfang.petition.complaint.Callback;
import org.xinfang.petition.complaint.CaseEvent;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.deadline.CaseDeadline;
import org.xinfang.petition.deadline.DeadlineStatus;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * The monitoring screen's figures, counted in the database over the cases the viewer may see ({@link CaseScopes}:
 * the same rule as every case list), at the engine's clock in Beijing time.
 */
@Service
@Transactional(readOnly = true)
class MonitorFigures {

    private static final List<ComplaintStatus> CONCLUDED = Stream.of(ComplaintStatus.values())
            .filter(ComplaintStatus::isTerminal)
            .toList();

    private final EntityManager entityManager;
    private final CaseScopes scopes;
    private final Organisation organisation;
    private final WorkingCalendar calendar;
    private final Clock clock;

    MonitorFigures(
            EntityManager entityManager,
            CaseScopes scopes,
            Organisation organisation,
            WorkingCalendar calendar,
            Clock clock) {
        this.entityManager = entityManager;
        this.scopes = scopes;
        this.organisation = organisation;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Whether the staff member sees any cases at all (operators enter cases but see none). */
    boolean seesCases(StaffPrincipal staff) {
        return !scopes.of(staff).isEmpty();
    }

    /** The bureaus whose figures the staff member sees: those of the cases in their scope. */
    java.util.function.Predicate<OrgUnit> bureausSeenBy(StaffPrincipal staff) {
        CaseScopes.Scope scope = scopes.of(staff);
        return bureau -> scope.covers(bureau, null);
    }

    Screen of(StaffPrincipal staff) {
        Specification<Complaint> visible = scopes.visibleTo(staff);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Instant yearStart = start(Period.YEAR.firstDay(today));
        Instant tomorrow = start(today.plusDays(1));
        List<PeriodFigures> periods = Stream.of(Period.values())
                .map(period -> PeriodFigures.of(period, summaryOf(visible, start(period.firstDay(today)), tomorrow)))
                .toList();
        Specification<Complaint> receivedThisYear = visible.and(receivedWithin(yearStart, tomorrow));
        return new Screen(
                now,
                periods,
                limitsByBureau(visible, now),
                stageTimes(visible, yearStart),
                tally(receivedThisYear, "channel", Channel.class),
                tally(receivedThisYear, "category", Category.class));
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /**
     * The seeds' summary (收件、办结、在办、回访) from one Beijing day to another, both included, over the cases the
     * staff member sees; with a unit, only the cases now at it or at a unit under it, which must be in their scope.
     */
    Summary summary(StaffPrincipal staff, LocalDate from, LocalDate to, OrgUnit unit) {
        Specification<Complaint> visible = scopes.visibleTo(staff);
        if (unit != null) {
            if (!scopes.of(staff).covers(unit, null)) {
                throw PetitionException.forbidden("monitoring.unit-out-of-scope", unit.getCode());
            }
            List<Long> units = organisation.units().stream()
                    .filter(candidate -> isAtOrUnder(candidate, unit))
                    .map(OrgUnit::getId)
                    .toList();
            visible = visible.and((complaint, query, cb) ->
                    complaint.get("currentBureau").get("id").in(units));
        }
        return summaryOf(visible, start(from), start(to.plusDays(1)));
    }

    private static boolean isAtOrUnder(OrgUnit candidate, OrgUnit unit) {
        for (OrgUnit at = candidate; at != null; at = at.getParent()) {
            if (at.getId().equals(unit.getId())) {
                return true;
            }
        }
        return false;
    }

    private Summary summaryOf(Specification<Complaint> visible, Instant from, Instant until) {
        Specification<Complaint> received = visible.and(receivedWithin(from, until));
        return new Summary(
                count(received),
                count(visible.and(closedWithin(from, until))),
                count(received.and(
                        (complaint, query, cb) -> cb.not(complaint.get("status").in(CONCLUDED)))),
                count(visible.and(calledBackWithin(from, until))));
    }

    private static Specification<Complaint> receivedWithin(Instant from, Instant until) {
        return (complaint, query, cb) -> within(cb, complaint.get("receivedAt"), from, until);
    }

    /** Concluded in the span, and not reopened since. */
    private static Specification<Complaint> closedWithin(Instant from, Instant until) {
        return (complaint, query, cb) ->
                cb.and(complaint.get("status").in(CONCLUDED), within(cb, complaint.get("closedAt"), from, until));
    }

    private static Specification<Complaint> calledBackWithin(Instant from, Instant until) {
        return (complaint, query, cb) -> {
            Subquery<Long> callbacks = query.subquery(Long.class);
            Root<Callback> callback = callbacks.from(Callback.class);
            callbacks
                    .select(callback.get("id"))
                    .where(
                            cb.equal(callback.get("complaintId"), complaint.get("id")),
                            within(cb, callback.get("calledAt"), from, until));
            return cb.exists(callbacks);
        };
    }

    private static Predicate within(CriteriaBuilder cb, Path<Instant> at, Instant from, Instant until) {
        return cb.and(cb.greaterThanOrEqualTo(at, from), cb.lessThan(at, until));
    }

    private long count(Specification<Complaint> specification) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Complaint> complaint = query.from(Complaint.class);
        query.select(cb.count(complaint)).where(specification.toPredicate(complaint, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** The cases per value of an enumerated attribute, every value listed (zero where none). */
    private <E extends Enum<E>> List<Tally> tally(
            Specification<Complaint> specification, String attribute, Class<E> values) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Complaint> complaint = query.from(Complaint.class);
        Path<E> value = complaint.get(attribute);
        query.multiselect(value, cb.count(complaint))
                .where(specification.toPredicate(complaint, query, cb))
                .groupBy(value);
        Map<E, Long> counts = new EnumMap<>(values);
        entityManager.createQuery(query).getResultList().forEach(row -> {
            if (row.get(0) != null) {
                counts.put(row.get(0, values), row.get(1, Long.class));
            }
        });
        return Stream.of(values.getEnumConstants())
                .map(constant -> new Tally(constant.name(), counts.getOrDefault(constant, 0L)))
                .toList();
    }

    /**
     * The running limits (sign-for, handling) per bureau that are overdue, and those at risk: warned (the yellow card,
     * as on the board) but not yet due. Bureaus without either are left out.
     */
    private List<BureauLimits> limitsByBureau(Specification<Complaint> visible, Instant now) {
        OfVisibleCases<CaseDeadline> of = new OfVisibleCases<>(entityManager, CaseDeadline.class, visible);
        CriteriaBuilder cb = of.cb();
        Root<CaseDeadline> deadline = of.record();
        Join<Complaint, ?> bureau = of.complaint().join("currentBureau");
        Expression<Integer> overdue = cb.<Integer>selectCase()
                .when(cb.lessThanOrEqualTo(deadline.get("dueAt"), now), 1)
                .otherwise(0);
        Expression<Integer> atRisk = cb.<Integer>selectCase()
                .when(
                        cb.and(
                                cb.greaterThan(deadline.get("dueAt"), now),
                                cb.lessThanOrEqualTo(deadline.get("warnAt"), now)),
                        1)
                .otherwise(0);
        of.query()
                .multiselect(
                        bureau.get("code"), bureau.get("nameZh"), bureau.get("nameEn"), cb.sum(overdue), cb.sum(atRisk))
                .where(of.where(
                        cb.equal(deadline.get("status"), DeadlineStatus.RUNNING),
                        cb.lessThanOrEqualTo(deadline.get("warnAt"), now)))
                .groupBy(bureau.get("code"), bureau.get("nameZh"), bureau.get("nameEn"))
                .orderBy(cb.desc(cb.sum(overdue)), cb.desc(cb.sum(atRisk)), cb.asc(bureau.get("code")));
        return entityManager.createQuery(of.query()).getResultList().stream()
                .map(row -> new BureauLimits(
                        row.get(0, String.class),
                        row.get(1, String.class),
                        row.get(2, String.class),
                        ((Number) row.get(3)).longValue(),
                        ((Number) row.get(4)).longValue()))
                .toList();
    }

    /**
     * Each stage's average working time over the stages ended since {@code from}, read from the visible cases'
     * timelines: from the event that starts a stage to the next that ends it (office hours on working days).
     */
    private List<StageTime> stageTimes(Specification<Complaint> visible, Instant from) {
        OfVisibleCases<CaseEvent> of = new OfVisibleCases<>(entityManager, CaseEvent.class, visible);
        CriteriaBuilder cb = of.cb();
        Root<CaseEvent> event = of.record();
        of.query()
                .multiselect(event.get("complaintId"), event.get("type"), event.get("occurredAt"))
                .where(of.where(
                        event.get("type").in(Stage.boundaries()),
                        cb.greaterThanOrEqualTo(event.get("occurredAt"), from)))
                .orderBy(cb.asc(event.get("complaintId")), cb.asc(event.get("occurredAt")), cb.asc(event.get("id")));
        Map<Stage, List<Duration>> durations = new EnumMap<>(Stage.class);
        Map<Stage, Instant> open = new EnumMap<>(Stage.class);
        Long currentCase = null;
        for (Tuple row : entityManager.createQuery(of.query()).getResultList()) {
            Long complaintId = row.get(0, Long.class);
            if (!complaintId.equals(currentCase)) {
                open.clear();
                currentCase = complaintId;
            }
            CaseEventType type = row.get(1, CaseEventType.class);
            Instant at = row.get(2, Instant.class);
            for (Stage stage : Stage.values()) {
                Instant started = open.get(stage);
                if (started != null && stage.endsWith(type)) {
                    durations
                            .computeIfAbsent(stage, any -> new ArrayList<>())
                            .add(calendar.workingTimeBetween(started, at));
                    open.remove(stage);
                }
            }
            for (Stage stage : Stage.values()) {
                if (stage.startsWith(type)) {
                    open.put(stage, at);
                }
            }
        }
        return Stream.of(Stage.values())
                .map(stage -> StageTime.of(stage, durations.getOrDefault(stage, List.of())))
                .toList();
    }

    /**
     * A query over records that name their case by its id (limits, timeline events), joined to
     * their case and held to the visible cases.
     */
    private record OfVisibleCases<T>(
            CriteriaBuilder cb,
            CriteriaQuery<Tuple> query,
            Root<T> record,
            Root<Complaint> complaint,
            Specification<Complaint> visible) {

        OfVisibleCases(EntityManager entityManager, Class<T> type, Specification<Complaint> visible) {
            this(
                    entityManager.getCriteriaBuilder(),
                    entityManager.getCriteriaBuilder().createTupleQuery(),
                    type,
                    visible);
        }

        private OfVisibleCases(
                CriteriaBuilder cb, CriteriaQuery<Tuple> query, Class<T> type, Specification<Complaint> visible) {
            this(cb, query, query.from(type), query.from(Complaint.class), visible);
        }

        /** These conditions, the record's case and the scope. */
        Predicate[] where(Predicate... conditions) {
            List<Predicate> all = new ArrayList<>(List.of(conditions));
            all.add(cb.equal(record.get("complaintId"), complaint.get("id")));
            all.add(visible.toPredicate(complaint, query, cb));
            return all.toArray(Predicate[]::new);
        }
    }

    /** What the screen shows at {@code at}. */
    record Screen(
            Instant at,
            List<PeriodFigures> periods,
            List<BureauLimits> bureaus,
            List<StageTime> stages,
            List<Tally> channels,
            List<Tally> categories) {}

    /**
     * One span: cases received in it, cases concluded in it, of those received the ones still in progress, and the
     * cases called back in it.
     */
    record PeriodFigures(Period period, long received, long closed, long inProgress, long calledBack) {

        static PeriodFigures of(Period period, Summary summary) {
            return new PeriodFigures(
                    period, summary.received(), summary.closed(), summary.inProgress(), summary.calledBack());
        }
    }

    /**
     * The seeds' summary of a span: cases received in it (收件), cases concluded in it and not reopened since (办结),
     * of those received the ones not concluded now (在办), and the cases called back in it (回访).
     */
    record Summary(long received, long closed, long inProgress, long calledBack) {}

    record BureauLimits(String code, String nameZh, String nameEn, long overdue, long atRisk) {}

    /** How often a stage ended, and the working time it took in all. */
    record StageTime(Stage stage, long ended, long workingMinutes) {

        static StageTime of(Stage stage, List<Duration> durations) {
            return new StageTime(
                    stage,
                    durations.size(),
                    durations.stream().mapToLong(Duration::toMinutes).sum());
        }

        /** The average working time in hours (0 when the stage never ended). */
        public double averageWorkingHours() {
            return ended == 0 ? 0 : workingMinutes / 60.0 / ended;
        }
    }

    /** The number of cases with one value (an enum constant's name) of an attribute. */
    record Tally(String key, long count) {}
}
