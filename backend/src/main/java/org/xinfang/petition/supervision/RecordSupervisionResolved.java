package org.xinfang.petition.supervision;

import java.time.Clock;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;

/**
 * 记录督办办结 (serviceTask_recordResolved): the supervised stage is done (the case signed for, replied or
 * returned), so the supervision ends; an order still open is closed.
 */
@Component("recordSupervisionResolved")
class RecordSupervisionResolved implements JavaDelegate {

    private final Cases cases;
    private final SupervisionOrders orders;
    private final SupervisionLevels levels;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;
    private final Clock clock;

    RecordSupervisionResolved(
            Cases cases,
            SupervisionOrders orders,
            SupervisionLevels levels,
            CaseTimeline timeline,
            SupervisionNotices notices,
            Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.levels = levels;
        this.timeline = timeline;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionChain chain = SupervisionChain.of(execution);
        Complaint complaint = cases.get(chain.trackingNumber());
        List<SupervisionOrder> all = orders.ofChain(chain.processInstanceId());
        all.stream()
                .filter(order -> order.getStatus() == SupervisionOrderStatus.ISSUED)
                .forEach(order -> order.closed(clock.instant()));
        long missed = all.stream()
                .filter(order -> order.getStatus() == SupervisionOrderStatus.MISSED)
                .count();
        timeline.record(
                complaint,
                CaseEventType.SUPERVISION_RESOLVED,
                "%s done; %d orders, %d missed".formatted(chain.stage(), all.size(), missed),
                null);
        notices.toInspectors(complaint, levels.unit(chain.level()), CaseEventType.SUPERVISION_RESOLVED);
        notices.toBureau(complaint, levels.unit(chain.bureau()), CaseEventType.SUPERVISION_RESOLVED);
    }
}
