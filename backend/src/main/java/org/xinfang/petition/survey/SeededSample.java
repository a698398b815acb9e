package org.xinfang.petition.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The reproducible part of a draw: one {@link SplittableRandom} made from the recorded seed (its sequence is fixed by
 * the seed, on every JVM), taken through the strata in their order, each stratum already in its stable order; of each,
 * the first {@code size} places of a Fisher–Yates shuffle. The same seed over the same population gives the same
 * sample.
 */
final class SeededSample {

    private final SplittableRandom random;

    SeededSample(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Draws {@code size} of the stratum, given in its stable order; the drawn in the order they were drawn. */
    <T> List<T> draw(List<T> stratum, int size) {
        List<T> shuffled = new ArrayList<>(stratum);
        for (int i = 0; i < size; i++) {
            Collections.swap(shuffled, i, i + random.nextInt(shuffled.size() - i));
        }
        return List.copyOf(shuffled.subList(0, size));
    }
}
