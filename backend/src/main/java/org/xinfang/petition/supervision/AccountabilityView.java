package org.xinfang.petition.supervision;

import java.time.Instant;
import java.util.List;

/** An accountability record with the orders it is about. */
public record AccountabilityView(
        long id,
        String trackingNumber,
        UnitRef unit,
        String handler,
        String behaviour,
        Instant createdAt,
        String facts,
        List<String> evidence,
        String raisedBy,
        List<OrderRef> orders,
        String status,
        String outcome,
        String concludedBy,
        Instant concludedAt) {

    static AccountabilityView of(AccountabilityRecord record) {
        return new AccountabilityView(
                record.getId(),
                record.getComplaint().getTrackingNumber(),
                UnitRef.of(record.getUnit()),
                record.getHandler(),
                record.getBehaviour().name(),
                record.getCreatedAt(),
                record.getFacts(),
                record.getEvidence() == null
                        ? List.of()
                        : record.getEvidence().lines().toList(),
                record.getRaisedBy(),
                record.getOrders().stream().map(OrderRef::of).toList(),
                record.getStatus().name(),
                record.getOutcome(),
                record.getConcludedBy(),
                record.getConcludedAt());
    }

    /** One of the missed orders: which, from which level, due when. */
    public record OrderRef(long id, int sequence, String level, Instant dueAt, String status) {
        static OrderRef of(SupervisionOrder order) {
            return new OrderRef(
                    order.getId(),
                    order.getSequence(),
                    order.getLevel().getCode(),
                    order.getDueAt(),
                    order.getStatus().name());
        }
    }
}
