package org.xinfang.petition.assessment;

/**
 * A share: how many of how many, and the share itself to four decimals; {@code null} when there was nothing to
 * count (a rate of nothing is not zero, and it leaves its weight to the indicators that were counted).
 */
record Rate(long count, long of, Double value) {

    static Rate of(long count, long of) {
        return new Rate(count, of, of == 0 ? null : Math.round(10000.0 * count / of) / 10000.0);
    }

    boolean counted() {
        return value != null;
    }
}
