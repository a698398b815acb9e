package org.xinfang.petition.review;

import java.time.Instant;
import org.xinfang.petition.process.ReviewProcess.Level;

/** One level of a case's review as staff see it: the body, the complainant's reason, the opinion once given. */
public record ReviewView(
        Level level,
        String body,
        String bodyName,
        String bodyNameEn,
        String reason,
        Instant requestedAt,
        String requestedBy,
        ReviewConclusion conclusion,
        String opinion,
        Instant answeredAt,
        String answeredBy) {

    static ReviewView of(CaseReview review) {
        return new ReviewView(
                review.getLevel(),
                review.getBody().getCode(),
                review.getBody().getNameZh(),
                review.getBody().getNameEn(),
                review.getReason(),
                review.getRequestedAt(),
                review.getRequestedBy(),
                review.getConclusion(),
                review.getOpinion(),
                review.getAnsweredAt(),
                review.getAnsweredBy());
    }
}
