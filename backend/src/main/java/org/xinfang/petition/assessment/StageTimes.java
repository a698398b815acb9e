package org.xinfang.petition.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * 办理用时: how many working days the timed stages took (sign-for; handling up to the approved reply; rectification),
 * held as a histogram (stage → working days → how many limits ended after that many), the bounded aggregate the
 * database groups the ended limits into. Histograms add up, so a city's stage times are worked out over its own
 * and its counties' limits, never averaged from their averages.
 */
final class StageTimes {

    /** The timed stages whose limits record their working days, in the order of the case. */
    static final List<String> STAGES = List.of("SIGN_FOR", "HANDLING", "RECTIFICATION");

    static final StageTimes NONE = new StageTimes(Map.of());

    private final Map<String, SortedMap<Integer, Long>> histogram;

    private StageTimes(Map<String, SortedMap<Integer, Long>> histogram) {
        this.histogram = histogram;
    }

    /** {@code count} limits of the stage that took {@code workingDays} working days. */
    static StageTimes of(String stage, int workingDays, long count) {
        SortedMap<Integer, Long> days = new TreeMap<>();
        days.put(workingDays, count);
        return new StageTimes(Map.of(stage, days));
    }

    StageTimes plus(StageTimes other) {
        Map<String, SortedMap<Integer, Long>> sum = new LinkedHashMap<>();
        for (StageTimes times : List.of(this, other)) {
            times.histogram.forEach((stage, days) -> days.forEach((workingDays, count) ->
                    sum.computeIfAbsent(stage, any -> new TreeMap<>()).merge(workingDays, count, Long::sum)));
        }
        return new StageTimes(sum);
    }

    /** Every timed stage's time, in the order of the case; a stage with no limit ended has no average. */
    List<StageTime> times() {
        List<StageTime> times = new ArrayList<>();
        for (String stage : STAGES) {
            times.add(StageTime.of(stage, histogram.getOrDefault(stage, new TreeMap<>())));
        }
        return times;
    }

    /**
     * One stage's time in a period.
     *
     * @param ended limits of the stage that ended in the period
     * @param averageWorkingDays their mean working days, to two decimals (half up), or {@code null} if none ended
     * @param p90WorkingDays the 90th percentile (nearest rank): the fewest working days within which at least 90%
     *     of them ended, or {@code null} if none ended
     */
    record StageTime(String stage, long ended, BigDecimal averageWorkingDays, Integer p90WorkingDays) {

        static StageTime of(String stage, SortedMap<Integer, Long> days) {
            long ended = days.values().stream().mapToLong(Long::longValue).sum();
            if (ended == 0) {
                return new StageTime(stage, 0, null, null);
            }
            long total = 0;
            for (Map.Entry<Integer, Long> day : days.entrySet()) {
                total += day.getKey() * day.getValue();
            }
            long rank = (ended * 9 + 9) / 10;
            long seen = 0;
            Integer p90 = null;
            for (Map.Entry<Integer, Long> day : days.entrySet()) {
                seen += day.getValue();
                if (seen >= rank) {
                    p90 = day.getKey();
                    break;
                }
            }
            return new StageTime(
                    stage,
                    ended,
                    BigDecimal.valueOf(total).divide(BigDecimal.valueOf(ended), 2, RoundingMode.HALF_UP),
                    p90);
        }
    }
}
