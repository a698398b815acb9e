package org.xinfang.petition.assessment;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A unit's counts in a period, from which every rate is worked out; counts add up, so a city's figures are the
 * sum of its own and its counties' ({@link #plus}). The one type of the counts: the queries fill it in by name
 * ({@link #of}), each column labelled as the count it is. Definitions in {@code docs/indicators.md}.
 *
 * @param received cases dispatched to the bureau (交办)
 * @param accepted cases the bureau signed for (签收受理)
 * @param returned cases the bureau sent back as misrouted (退回)
 * @param signForsDue sign-for limits that ended in the period
 * @param signedOnTime of those, signed for (or returned) before the limit ran out
 * @param handlingsDue handling limits that ended in the period
 * @param handledOnTime of those, replied before the limit ran out
 * @param overdue limits (sign-for, handling, rectification) that ran out in the period
 * @param overdueWorkingDays how many working days late those were when they ended (or at the period's end)
 * @param extensions limits extended (延期)
 * @param replied replies sent
 * @param reopened cases reopened after an unsatisfied callback (重办)
 * @param repeats complaints received in the period and merged as repeats of a case now at the bureau (重复信访)
 * @param concluded cases concluded
 * @param resolved of those, concluded without ever being reopened
 * @param calledBack callbacks recorded by the office (回访)
 * @param callbackSatisfied of those, satisfied or basically satisfied
 * @param ratings the complainants' own ratings of replies (好差评)
 * @param ratingsSatisfied of those, satisfied or basically satisfied
 * @param windowRatings ratings given on window evaluators (评价器)
 * @param windowSatisfied of those, satisfied or basically satisfied
 * @param surveyCalled people of the random-sample survey called (抽样回访)
 * @param surveyReached of those, reached
 * @param surveyValid of those, with every answer given (valid samples)
 * @param supervisionOrders supervision orders issued to the bureau (督办单)
 * @param accountability accountability records opened against the bureau (问责)
 */
record Figures(
        long received,
        long accepted,
        long returned,
        long signForsDue,
        long signedOnTime,
        long handlingsDue,
        long handledOnTime,
        long overdue,
        long overdueWorkingDays,
        long extensions,
        long replied,
        long reopened,
        long repeats,
        long concluded,
        long resolved,
        long calledBack,
        long callbackSatisfied,
        long ratings,
        long ratingsSatisfied,
        long windowRatings,
        long windowSatisfied,
        long surveyCalled,
        long surveyReached,
        long surveyValid,
        long supervisionOrders,
        long accountability) {

    private static final RecordComponent[] COUNTS = Figures.class.getRecordComponents();

    static final Figures NONE = of(Map.of());

    /**
     * Figures with the named counts (component names, in any case, as the queries' column labels give them) and
     * every other count 0.
     */
    static Figures of(Map<String, Long> counts) {
        Map<String, Long> byName = new HashMap<>();
        counts.forEach((name, count) -> byName.put(name.toLowerCase(Locale.ROOT), count));
        Object[] values = new Object[COUNTS.length];
        for (int i = 0; i < COUNTS.length; i++) {
            values[i] = byName.getOrDefault(COUNTS[i].getName().toLowerCase(Locale.ROOT), 0L);
            byName.remove(COUNTS[i].getName().toLowerCase(Locale.ROOT));
        }
        if (!byName.isEmpty()) {
            throw new IllegalArgumentException("Not a count of the figures: " + byName.keySet());
        }
        return construct(values);
    }

    /** These counts and the other's, added up one by one. */
    Figures plus(Figures other) {
        Object[] values = new Object[COUNTS.length];
        for (int i = 0; i < COUNTS.length; i++) {
            values[i] = count(COUNTS[i], this) + count(COUNTS[i], other);
        }
        return construct(values);
    }

    private static long count(RecordComponent component, Figures figures) {
        try {
            return (long) component.getAccessor().invoke(figures);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Figures construct(Object[] values) {
        try {
            Class<?>[] types =
                    Arrays.stream(COUNTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return Figures.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 回退率. */
    Rate returnRate() {
        return Rate.of(returned, received);
    }

    /** 及时签收率. */
    Rate onTimeSignForRate() {
        return Rate.of(signedOnTime, signForsDue);
    }

    /** 按时办结率. */
    Rate onTimeCompletionRate() {
        return Rate.of(handledOnTime, handlingsDue);
    }

    /** 重办率. */
    Rate reopenRate() {
        return Rate.of(reopened, replied);
    }

    /** 重复信访率: repeats against the cases received (the screening module's rule, per bureau). */
    Rate repeatPetitionRate() {
        return Rate.of(repeats, received);
    }

    /** 解决率. */
    Rate resolutionRate() {
        return Rate.of(resolved, concluded);
    }

    /** 回访率: callbacks against replies sent (at most 1: a callback can follow a reply of the month before). */
    Rate callbackContactRate() {
        return Rate.of(Math.min(calledBack, replied), replied);
    }

    /** 满意率 of the office's callbacks. */
    Rate callbackSatisfactionRate() {
        return Rate.of(callbackSatisfied, calledBack);
    }

    /** 满意率 of the complainants' own ratings. */
    Rate ratingSatisfactionRate() {
        return Rate.of(ratingsSatisfied, ratings);
    }

    /** 满意率 of the window evaluators. */
    Rate windowSatisfactionRate() {
        return Rate.of(windowSatisfied, windowRatings);
    }

    /** 联系率 of the random-sample survey. */
    Rate surveyContactRate() {
        return Rate.of(surveyReached, surveyCalled);
    }
}
