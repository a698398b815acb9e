package org.xinfang.petition.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;

/**
 * 整改方案 followed up: once a rectification plan's day has passed, the case's timeline says so and the inspectors
 * of the order's level and the unit are told, to check it was done. Each plan once, by the node whose claim wins;
 * called now and then on every node.
 */
@Service
public class PlanDeadlines {

    private final SupervisionOrderRepository orders;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;
    private final Clock clock;

    PlanDeadlines(SupervisionOrderRepository orders, CaseTimeline timeline, SupervisionNotices notices, Clock clock) {
        this.orders = orders;
        this.timeline = timeline;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public int followUpDue() {
        Instant now = clock.instant();
        int followed = 0;
        for (SupervisionOrder order : orders.plansDueBy(now)) {
            if (orders.claimPlanReminder(order.getId(), now) == 1) {
                String day = LocalDate.ofInstant(order.getPlanDueAt(), clock.getZone())
                        .minusDays(1)
                        .toString();
                timeline.record(
                        order.getComplaint(),
                        CaseEventType.SUPERVISION_PLAN_DUE,
                        "order no. %d: plan due by %s: %s".formatted(order.getSequence(), day, order.getPlan()),
                        null);
                notices.toInspectors(
                        order.getComplaint(),
                        order.getLevel(),
                        CaseEventType.SUPERVISION_PLAN_DUE,
                        order.getSequence(),
                        day);
                notices.toBureau(
                        order.getComplaint(),
                        order.getBureau(),
                        CaseEventType.SUPERVISION_PLAN_DUE,
                        order.getSequence(),
                        day);
                followed++;
            }
        }
        return followed;
    }
}
