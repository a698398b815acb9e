package org.xinfang.petition.supervision;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.supervision.SupervisorScopes.Scope;
import org.xinfang.petition.supervision.SupervisorScopes.Supervisor;

/**
 * 督办周报: per region of the cases in the inspector's scope, what happened in one ISO week (Monday to Sunday,
 * Beijing time): orders issued, answered and missed, escalations, accountability records, and cases that ran
 * overdue. Every region of the scope's bureaus is listed, with zeros where nothing happened.
 */
@Service
@Transactional(readOnly = true)
public class WeeklySummary {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final String ORDERS = "from SupervisionOrder o where o.bureau.id in :units";
    /** The columns of {@link Totals}, each a query grouped by the case's region. */
    private static final List<Count> COUNTS = List.of(
            new Count("o.complaint.region.code", "count(o)", ORDERS + " and o.issuedAt >= :from and o.issuedAt < :to"),
            new Count(
                    "o.complaint.region.code",
                    "count(o)",
                    ORDERS + " and o.status = 'ANSWERED' and o.endedAt >= :from and o.endedAt < :to"),
            new Count(
                    "o.complaint.region.code",
                    "count(o)",
                    ORDERS + " and o.status = 'MISSED' and o.endedAt >= :from and o.endedAt < :to"),
            new Count(
                    "o.complaint.region.code",
                    "count(o)",
                    ORDERS + " and o.escalated = true and o.issuedAt >= :from and o.issuedAt < :to"),
            new Count(
                    "a.complaint.region.code",
                    "count(a)",
                    "from AccountabilityRecord a where a.unit.id in :units"
                            + " and a.createdAt >= :from and a.createdAt < :to"),
            new Count(
                    "c.region.code",
                    "count(distinct d.complaintId)",
                    "from CaseDeadline d, Complaint c"
                            + " where c.id = d.complaintId and c.currentBureau.id in :units"
                            + " and d.overdueAt >= :from and d.overdueAt < :to"));

    private final EntityManager entityManager;
    private final SupervisorScopes scopes;
    private final Organisation organisation;
    private final Clock clock;

    WeeklySummary(EntityManager entityManager, SupervisorScopes scopes, Organisation organisation, Clock clock) {
        this.entityManager = entityManager;
        this.scopes = scopes;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** {@code week} like {@code 2026-W23}; null is the current week. */
    public Summary of(String week) {
        // the discipline inspectors watch conduct, not a unit's whole week
        Scope scope = scopes.current(Supervisor.INSPECTOR, Supervisor.OFFICE);
        LocalDate monday = week == null ? LocalDate.now(clock).with(DayOfWeek.MONDAY) : monday(week);
        Instant from = monday.atStartOfDay(clock.getZone()).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(clock.getZone()).toInstant();
        Map<String, long[]> byRegion = new TreeMap<>();
        organisation.units(scope.unitIds()).stream()
                .filter(OrgUnit::isBureau)
                .forEach(unit -> byRegion.put(unit.getRegion().getCode(), new long[COUNTS.size()]));
        for (int i = 0; i < COUNTS.size(); i++) {
            int column = i;
            COUNTS.get(i)
                    .run(entityManager, scope, from, to)
                    .forEach(
                            row -> byRegion.computeIfAbsent((String) row[0], code -> new long[COUNTS.size()])[column] +=
                                    (Long) row[1]);
        }
        Map<String, Region> names = new TreeMap<>();
        organisation.regions(byRegion.keySet()).forEach(region -> names.put(region.getCode(), region));
        List<RegionWeek> rows = byRegion.entrySet().stream()
                .map(entry -> new RegionWeek(
                        entry.getKey(),
                        names.get(entry.getKey()).getNameZh(),
                        names.get(entry.getKey()).getNameEn(),
                        Totals.of(entry.getValue())))
                .toList();
        long[] total = new long[COUNTS.size()];
        byRegion.values().forEach(counts -> Arrays.setAll(total, i -> total[i] + counts[i]));
        return new Summary(isoWeek(monday), monday, monday.plusDays(6), rows, Totals.of(total));
    }

    private static LocalDate monday(String week) {
        Matcher matcher = ISO_WEEK.matcher(week.strip());
        if (!matcher.matches()) {
            throw PetitionException.invalid("week", "constraint.iso-week");
        }
        LocalDate midJanuary = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4);
        long number = Long.parseLong(matcher.group(2));
        if (!IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(midJanuary).isValidValue(number)) {
            throw PetitionException.invalid("week", "constraint.iso-week");
        }
        return midJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
    }

    private static String isoWeek(LocalDate monday) {
        return "%d-W%02d"
                .formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week's numbers of one region, or of all, in the order of {@link #COUNTS}. */
    public record Totals(
            long ordersIssued,
            long ordersAnswered,
            long ordersMissed,
            long escalations,
            long accountabilityRecords,
            long overdueCases) {

        static Totals of(long[] counts) {
            return new Totals(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        }
    }

    public record RegionWeek(String region, String nameZh, String nameEn, Totals counts) {}

    public record Summary(String week, LocalDate from, LocalDate to, List<RegionWeek> regions, Totals total) {}

    /** One number counted per region of the case: {@code region} and {@code counted} over {@code from}. */
    private record Count(String region, String counted, String from) {

        List<Object[]> run(EntityManager entityManager, Scope scope, Instant start, Instant end) {
            return entityManager
                    .createQuery(
                            "select %s, %s %s group by %s".formatted(region, counted, from, region), Object[].class)
                    .setParameter("units", scope.unitIds())
                    .setParameter("from", start)
                    .setParameter("to", end)
                    .getResultList();
        }
    }
}
