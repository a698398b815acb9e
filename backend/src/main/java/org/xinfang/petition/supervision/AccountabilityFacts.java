package org.xinfang.petition.supervision;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStatus;
import org.xinfang.petition.deadline.DeadlineView;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.organization.OrgUnit;

/**
 * The facts of an accountability record as a text that stands on its own (the record may be printed and filed):
 * the case and its bureau and handler, the case's limits, and every order of the chain with its level,
 * deadline, instructions and what became of it.
 */
@Component
class AccountabilityFacts {

    /** Instructions are abbreviated here; the orders keep them in full. */
    private static final int INSTRUCTIONS_SHOWN = 300;
    /** The column's size; a record links the orders it is about, so a long chain loses nothing cut off here. */
    private static final int MAX_FACTS = 8000;

    private final Deadlines deadlines;
    private final SupervisionOrders orders;

    AccountabilityFacts(Deadlines deadlines, SupervisionOrders orders) {
        this.deadlines = deadlines;
        this.orders = orders;
    }

    String of(Complaint complaint, OrgUnit bureau, String handler, List<SupervisionOrder> chain) {
        StringBuilder text = new StringBuilder()
                .append("案件 Case ")
                .append(complaint.getTrackingNumber())
                .append(" (")
                .append(complaint.getCategory())
                .append(", ")
                .append(complaint.getUrgency())
                .append(")\n")
                .append("承办单位 Bureau: ")
                .append(bureau.getNameZh())
                .append(" (")
                .append(bureau.getCode())
                .append(")\n")
                .append("承办人 Handler: ")
                .append(
                        handler == null
                                ? "无人签收或办理，由承办单位负责 nobody took the case up; the bureau answers for it"
                                : handler)
                .append('\n')
                .append("办理时限 Limits:\n");
        for (DeadlineView limit : deadlines.ofCase(complaint)) {
            text.append("- ")
                    .append(limit.stage())
                    .append(' ')
                    .append(limit.limit())
                    .append(", started ")
                    .append(orders.format(limit.startedAt()))
                    .append(", due ")
                    .append(orders.format(limit.dueAt()))
                    .append(limit.overdueAt() == null ? "" : ", overdue since " + orders.format(limit.overdueAt()))
                    .append(
                            limit.status() != DeadlineStatus.ENDED
                                    ? ", running"
                                    : ", ended " + orders.format(limit.endedAt()))
                    .append('\n');
        }
        text.append("督办单 Supervision orders:\n");
        for (SupervisionOrder order : chain) {
            text.append("- no. ")
                    .append(order.getSequence())
                    .append(" from ")
                    .append(order.getLevel().getNameZh())
                    .append(" (")
                    .append(order.getLevel().getCode())
                    .append("), issued ")
                    .append(orders.format(order.getIssuedAt()))
                    .append(" by ")
                    .append(order.getIssuedBy())
                    .append(", ")
                    .append(order.getLimitExpression())
                    .append(", due ")
                    .append(orders.format(order.getDueAt()))
                    .append(", ")
                    .append(order.getStatus())
                    .append(": ")
                    .append(abbreviated(order.getInstructions(), INSTRUCTIONS_SHOWN))
                    .append('\n');
        }
        return abbreviated(text.toString(), MAX_FACTS);
    }

    private static String abbreviated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
