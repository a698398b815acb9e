package org.xinfang.petition.supervision;

import java.time.Instant;

/** A supervision order as its supervisors see it. */
public record OrderView(
        long id,
        String trackingNumber,
        int sequence,
        UnitRef level,
        UnitRef bureau,
        UnitRef issuer,
        String stage,
        boolean flagged,
        boolean escalated,
        String issuedBy,
        Instant issuedAt,
        String limit,
        Instant dueAt,
        String instructions,
        String status,
        String answer,
        String plan,
        Instant planDueAt,
        String answeredBy,
        Instant answeredAt,
        Instant endedAt) {

    static OrderView of(SupervisionOrder order) {
        return new OrderView(
                order.getId(),
                order.getComplaint().getTrackingNumber(),
                order.getSequence(),
                UnitRef.of(order.getLevel()),
                UnitRef.of(order.getBureau()),
                UnitRef.of(order.getIssuer()),
                order.getStage().name(),
                order.isFlagged(),
                order.isEscalated(),
                order.getIssuedBy(),
                order.getIssuedAt(),
                order.getLimitExpression(),
                order.getDueAt(),
                order.getInstructions(),
                order.getStatus().name(),
                order.getAnswer(),
                order.getPlan(),
                order.getPlanDueAt(),
                order.getAnsweredBy(),
                order.getAnsweredAt(),
                order.getEndedAt());
    }
}
