package org.xinfang.petition.supervision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.calendar.WorkingCalendar;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ConductCases;
import org.xinfang.petition.deadline.CaseDeadline;
import org.xinfang.petition.deadline.DeadlineStatus;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.supervision.SupervisorScopes.Scope;

/**
 * 督办看板: the running limits (case_deadline) of the cases in the inspector's scope that are overdue, warned,
 * or due within {@code dueWithin} working days, with their case, filtered, sorted and paged in the database.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionBoard {

    /** The sort keys the board takes, and what each sorts by. */
    private static final Map<String, BiFunction<Root<CaseDeadline>, Root<Complaint>, Path<?>>> SORT_KEYS = Map.of(
            "dueAt", (deadline, complaint) -> deadline.get("dueAt"),
            "startedAt", (deadline, complaint) -> deadline.get("startedAt"),
            "stage", (deadline, complaint) -> deadline.get("stage"),
            "receivedAt", (deadline, complaint) -> complaint.get("receivedAt"),
            "trackingNumber", (deadline, complaint) -> complaint.get("trackingNumber"),
            "category", (deadline, complaint) -> complaint.get("category"),
            "region", (deadline, complaint) -> complaint.get("region").get("code"),
            "bureau", (deadline, complaint) -> holder(complaint).get("code"));

    private final EntityManager entityManager;
    private final SupervisorScopes scopes;
    private final Organisation organisation;
    private final WorkingCalendar calendar;
    private final SupervisionStates states;
    private final Clock clock;

    SupervisionBoard(
            EntityManager entityManager,
            SupervisorScopes scopes,
            Organisation organisation,
            WorkingCalendar calendar,
            SupervisionStates states,
            Clock clock) {
        this.entityManager = entityManager;
        this.scopes = scopes;
        this.organisation = organisation;
        this.calendar = calendar;
        this.states = states;
        this.clock = clock;
    }

    public Page<BoardRow> board(BoardFilter filter, Pageable page) {
        Criteria criteria = criteria(scopes.current(), filter);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<Tuple> rows = cb.createTupleQuery();
        Root<CaseDeadline> deadline = rows.from(CaseDeadline.class);
        Root<Complaint> complaint = rows.from(Complaint.class);
        rows.multiselect(deadline, complaint)
                .where(criteria.predicates(cb, deadline, complaint))
                .orderBy(order(cb, deadline, complaint, page.getSort()));
        List<Tuple> found = entityManager
                .createQuery(rows)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<CaseDeadline> countedDeadline = count.from(CaseDeadline.class);
        Root<Complaint> countedComplaint = count.from(Complaint.class);
        count.select(cb.count(countedDeadline)).where(criteria.predicates(cb, countedDeadline, countedComplaint));
        long total = entityManager.createQuery(count).getSingleResult();

        List<Complaint> cases =
                found.stream().map(tuple -> tuple.get(1, Complaint.class)).toList();
        Map<String, BoardRow.SupervisionState> supervision = states.of(cases);
        List<BoardRow> content = found.stream()
                .map(tuple -> {
                    CaseDeadline limit = tuple.get(0, CaseDeadline.class);
                    Complaint of = tuple.get(1, Complaint.class);
                    return BoardRow.of(
                            limit,
                            of,
                            of.getCurrentBureau() != null
                                    ? of.getCurrentBureau()
                                    : criteria.scope().office(),
                            criteria.now(),
                            calendar.remainingWorkingDays(limit.getDueAt()),
                            supervision.get(of.getTrackingNumber()));
                })
                .toList();
        return new PageImpl<>(content, page, total);
    }

    /** The case's bureau, joined so that a case still with the office (no bureau) stays on the board. */
    @SuppressWarnings("unchecked")
    static Join<Complaint, OrgUnit> holder(Root<Complaint> complaint) {
        return complaint.getJoins().stream()
                .filter(join -> join.getAttribute().getName().equals("currentBureau"))
                .map(join -> (Join<Complaint, OrgUnit>) join)
                .findFirst()
                .orElseGet(() -> complaint.join("currentBureau", JoinType.LEFT));
    }

    private Criteria criteria(Scope scope, BoardFilter filter) {
        String regionPrefix = filter.region() == null
                ? null
                : organisation
                        .region(filter.region())
                        .orElseThrow(() -> PetitionException.invalid("region", "constraint.unknown-region"))
                        .codePrefix();
        return new Criteria(
                scope,
                filter,
                regionPrefix,
                clock.instant(),
                calendar.dueWithin(filter.dueWithin()),
                filter.minDaysOverdue() == null ? null : calendar.overdueBy(filter.minDaysOverdue()));
    }

    private static List<Order> order(
            CriteriaBuilder cb, Root<CaseDeadline> deadline, Root<Complaint> complaint, Sort sort) {
        List<Order> order = new ArrayList<>();
        for (Sort.Order by : sort) {
            var key = SORT_KEYS.get(by.getProperty());
            if (key == null) {
                throw PetitionException.invalid("sort", "constraint.unreadable");
            }
            Path<?> path = key.apply(deadline, complaint);
            order.add(by.isAscending() ? cb.asc(path) : cb.desc(path));
        }
        order.add(cb.asc(deadline.get("id")));
        return order;
    }

    /**
     * The board's conditions at one moment: {@code dueWithinBound} and {@code overdueBound} are where the working-day
     * calendar puts "at risk" and "overdue by at least n working days" today.
     */
    private record Criteria(
            Scope scope,
            BoardFilter filter,
            String regionPrefix,
            Instant now,
            Instant dueWithinBound,
            Instant overdueBound) {

        Predicate[] predicates(CriteriaBuilder cb, Root<CaseDeadline> deadline, Root<Complaint> complaint) {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(complaint.get("id"), deadline.get("complaintId")));
            where.add(cb.equal(deadline.get("status"), DeadlineStatus.RUNNING));
            // the unit that has the case: its bureau, or the petition office before dispatch
            Path<Object> holder = holder(complaint).get("id");
            where.add(
                    scope.covers(scope.office())
                            ? cb.or(holder.in(scope.unitIds()), cb.isNull(holder))
                            : holder.in(scope.unitIds()));
            where.add(cb.or(
                    cb.lessThanOrEqualTo(deadline.get("dueAt"), now),
                    cb.lessThanOrEqualTo(deadline.get("warnAt"), now),
                    cb.lessThanOrEqualTo(deadline.get("dueAt"), dueWithinBound)));
            if (overdueBound != null) {
                where.add(cb.lessThanOrEqualTo(deadline.get("dueAt"), now));
                where.add(cb.lessThan(deadline.get("dueAt"), overdueBound));
            }
            if (filter.stage() != null) {
                where.add(cb.equal(deadline.get("stage"), filter.stage()));
            }
            if (filter.bureau() != null) {
                where.add(cb.equal(holder(complaint).get("code"), filter.bureau()));
            }
            if (regionPrefix != null) {
                where.add(cb.like(complaint.get("region").get("code"), regionPrefix + "%"));
            }
            if (filter.category() != null) {
                where.add(cb.equal(complaint.get("category"), filter.category()));
            }
            if (scope.conductOnly()) {
                where.add(ConductCases.of(cb, complaint));
            }
            return where.toArray(Predicate[]::new);
        }
    }
}
