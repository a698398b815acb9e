package org.xinfang.petition.screening;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;

/**
 * 重复信访率: of the complaints received in a period (Beijing dates, both included), the share that were repeats
 * merged into an earlier case (重复件并单). Per bureau, a repeat counts for the bureau of its original (the one
 * handling the matter) and the other complaints for the bureau they were dispatched to (none: not dispatched);
 * per region, every complaint counts for its own region. Optionally limited to a region and everything below it.
 */
@Service
@Transactional(readOnly = true)
class RepeatPetitionIndicator {

    private static final String RECEIVED = " from Complaint c %s where c.receivedAt >= :from and c.receivedAt < :to"
            + " and c.region.code like :region %s group by %s";

    private final EntityManager entityManager;
    private final Organisation organisation;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    RepeatPetitionIndicator(
            EntityManager entityManager, Organisation organisation, CurrentStaff currentStaff, Clock clock) {
        this.entityManager = entityManager;
        this.organisation = organisation;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** From the first of this month to today unless told otherwise. */
    Indicator of(LocalDate from, LocalDate to, String region) {
        if (!currentStaff.get().hasAnyRole(Role.CLERK, Role.INSPECTOR, Role.ADMIN)) {
            throw PetitionException.forbidden("access-denied");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = from == null ? today.withDayOfMonth(1) : from;
        LocalDate last = to == null ? today : to;
        if (last.isBefore(first)) {
            throw PetitionException.invalid("to", "indicator.period-reversed");
        }
        String prefix = region == null
                ? ""
                : organisation
                        .region(region)
                        .orElseThrow(() -> PetitionException.invalid("region", "constraint.unknown-region"))
                        .codePrefix();
        Period period = new Period(
                first.atStartOfDay(clock.getZone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                prefix + "%");

        Map<String, long[]> byBureau = new TreeMap<>();
        count(period, "select b.code, count(c)", "left join c.currentBureau b", "and c.repeatOf is null", "b.code")
                .forEach(row -> counts(byBureau, row[0])[0] += (Long) row[1]);
        count(period, "select b.code, count(c)", "join c.repeatOf o left join o.currentBureau b", "", "b.code")
                .forEach(row -> {
                    long[] counts = counts(byBureau, row[0]);
                    counts[0] += (Long) row[1];
                    counts[1] += (Long) row[1];
                });
        Map<String, long[]> byRegion = new TreeMap<>();
        count(
                        period,
                        "select c.region.code, count(c), sum(case when c.repeatOf is null then 0 else 1 end)",
                        "",
                        "",
                        "c.region.code")
                .forEach(row -> {
                    long[] counts = counts(byRegion, row[0]);
                    counts[0] += (Long) row[1];
                    counts[1] += ((Number) row[2]).longValue();
                });

        long received =
                byRegion.values().stream().mapToLong(counts -> counts[0]).sum();
        long repeats = byRegion.values().stream().mapToLong(counts -> counts[1]).sum();
        return new Indicator(
                first,
                last,
                region,
                Rate.of(received, repeats),
                rows(
                        byBureau,
                        codes -> organisation.units().stream()
                                .filter(unit -> codes.contains(unit.getCode()))
                                .map(unit -> new Name(unit.getCode(), unit.getNameZh(), unit.getNameEn()))
                                .toList()),
                rows(
                        byRegion,
                        codes -> organisation.regions(codes).stream()
                                .map(place -> new Name(place.getCode(), place.getNameZh(), place.getNameEn()))
                                .toList()));
    }

    private List<Object[]> count(Period period, String select, String join, String condition, String groupBy) {
        return entityManager
                .createQuery(select + RECEIVED.formatted(join, condition, groupBy), Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setParameter("region", period.regionPattern())
                .getResultList();
    }

    /** Received and repeats of one row; the null key (not dispatched) sorts as the empty code. */
    private static long[] counts(Map<String, long[]> rows, Object code) {
        return rows.computeIfAbsent(code == null ? "" : (String) code, key -> new long[2]);
    }

    private static List<Row> rows(Map<String, long[]> counts, Function<List<String>, List<Name>> names) {
        Map<String, Name> named = new TreeMap<>();
        names.apply(List.copyOf(counts.keySet())).forEach(name -> named.put(name.code(), name));
        List<Row> rows = new ArrayList<>();
        counts.forEach((code, values) -> {
            Name name = named.getOrDefault(code, new Name(null, null, null));
            rows.add(new Row(name.code(), name.nameZh(), name.nameEn(), Rate.of(values[0], values[1])));
        });
        return rows;
    }

    private record Period(Instant from, Instant to, String regionPattern) {}

    private record Name(String code, String nameZh, String nameEn) {}

    /** The period (both dates included), the region asked for, the total and the rows per bureau and region. */
    record Indicator(LocalDate from, LocalDate to, String region, Rate total, List<Row> byBureau, List<Row> byRegion) {}

    /** A bureau or region (code null: complaints not dispatched to any bureau) and its counts. */
    record Row(String code, String nameZh, String nameEn, Rate counts) {}

    /** Complaints received, of which repeats merged, and the repeat rate (0 to 1, four decimals). */
    record Rate(long received, long repeats, double rate) {
        static Rate of(long received, long repeats) {
            return new Rate(received, repeats, received == 0 ? 0 : Math.round(10000.0 * repeats / received) / 10000.0);
        }
    }
}
