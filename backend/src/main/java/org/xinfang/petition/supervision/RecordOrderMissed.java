package org.xinfang.petition.supervision;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * 记录逾期未办复 (serviceTask_recordOrderMissed): the order's deadline passed without an answer; the chain counts
 * it in {@code missedOrders}, which the model's gateway reads.
 */
@Component("recordOrderMissed")
class RecordOrderMissed implements JavaDelegate {

    private final Cases cases;
    private final SupervisionOrders orders;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;
    private final Clock clock;

    RecordOrderMissed(
            Cases cases, SupervisionOrders orders, CaseTimeline timeline, SupervisionNotices notices, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.timeline = timeline;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionChain chain = SupervisionChain.of(execution);
        Complaint complaint = cases.get(chain.trackingNumber());
        SupervisionOrder order = orders.open(chain.processInstanceId());
        order.missed(clock.instant());
        execution.setVariable(Var.MISSED_ORDERS, chain.missedOrders() + 1);
        String due = orders.format(order.getDueAt());
        timeline.record(
                complaint,
                CaseEventType.SUPERVISION_ORDER_MISSED,
                "no. %d from %s, due %s (missed: %d)"
                        .formatted(order.getSequence(), order.getLevel().getCode(), due, chain.missedOrders() + 1),
                null);
        notices.toBureau(
                complaint, order.getBureau(), CaseEventType.SUPERVISION_ORDER_MISSED, order.getSequence(), due);
        notices.toInspectors(
                complaint, order.getLevel(), CaseEventType.SUPERVISION_ORDER_MISSED, order.getSequence(), due);
    }
}
