package org.xinfang.petition.evaluation;

import java.time.Instant;

/**
 * The complainant's verdict on the latest reply sent to them, as they and the staff see it.
 *
 * @param changedAt when the verdict was last changed; null if never
 * @param changeableUntil until when the complainant may still change it
 */
public record RatingView(
        Verdict verdict, String comment, Instant ratedAt, Instant changedAt, Instant changeableUntil) {}
