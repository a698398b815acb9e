package org.xinfang.petition.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.calendar.LimitUnit;
import org.xinfang.petition.calendar.WorkingCalendar;
import org.xinfang.petition.calendar.WorkingCalendar.Schedule;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * Issues the orders of a supervision chain and finds them again. An order's deadline is the {@code time-limits}
 * limit of stage SUPERVISION_ORDER for the case (5 working days, urgent 1) unless the inspector sets a number of
 * working days; it becomes the {@code orderDue} variable that the model's answer task and timer read, with
 * {@code orderWarning} the stage's warning before it.
 */
@Service
class SupervisionOrders {

    static final int MIN_WORKING_DAYS = 1;
    static final int MAX_WORKING_DAYS = 20;
    static final int MAX_INSTRUCTIONS = 2000;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SupervisionOrderRepository orders;
    private final SupervisionLevels levels;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;
    private final Organisation organisation;
    private final Clock clock;

    SupervisionOrders(
            SupervisionOrderRepository orders,
            SupervisionLevels levels,
            Deadlines deadlines,
            WorkingCalendar calendar,
            CaseTimeline timeline,
            SupervisionNotices notices,
            Organisation organisation,
            Clock clock) {
        this.orders = orders;
        this.levels = levels;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timeline = timeline;
        this.notices = notices;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The chain's next order, at its current level, to the bureau; {@code workingDays} null takes the default. */
    SupervisionOrder issue(DelegateExecution execution, Complaint complaint, String instructions, Integer workingDays) {
        SupervisionChain chain = SupervisionChain.of(execution);
        Limit limit = workingDays == null
                ? deadlines.limitOf(complaint, DeadlineStage.SUPERVISION_ORDER)
                : Limit.of(workingDays, LimitUnit.WORKING_DAYS);
        Instant now = clock.instant();
        Schedule schedule =
                calendar.schedule(now, limit, deadlines.warnBeforeOf(complaint, DeadlineStage.SUPERVISION_ORDER));
        OrgUnit level = levels.unit(chain.level());
        OrgUnit bureau = levels.unit(chain.bureau());
        String issuedBy = timeline.currentActor();
        // an order the engine issues by itself (a timer's) is the level's
        OrgUnit issuer =
                organisation.staffMember(issuedBy).map(StaffUser::getUnit).orElse(level);
        Optional<SupervisionOrder> previous = latest(chain.processInstanceId());
        SupervisionOrder order = orders.save(new SupervisionOrder(
                complaint,
                chain,
                previous.map(SupervisionOrder::getSequence).orElse(0) + 1,
                level,
                bureau,
                escalatedSince(previous, chain),
                issuer,
                issuedBy,
                now,
                limit,
                schedule.due(),
                instructions));
        execution.setVariable(Var.ORDER_DUE, Date.from(order.getDueAt()));
        execution.setVariable(Var.ORDER_WARNING, Date.from(schedule.warning()));
        String due = format(order.getDueAt());
        timeline.record(
                complaint,
                CaseEventType.SUPERVISION_ORDER_ISSUED,
                "no. %d from %s to %s, %s, due %s: %s"
                        .formatted(order.getSequence(), issuer.getCode(), bureau.getCode(), limit, due, instructions),
                null);
        notices.toBureau(
                complaint,
                bureau,
                CaseEventType.SUPERVISION_ORDER_ISSUED,
                order.getSequence(),
                issuer.bilingualName(),
                due);
        notices.toInspectors(
                complaint,
                level,
                CaseEventType.SUPERVISION_ORDER_ISSUED,
                order.getSequence(),
                bureau.bilingualName(),
                due);
        return order;
    }

    /** Whether the chain climbed a level since its last order (which was then missed). */
    boolean escalatedSince(Optional<SupervisionOrder> previous, SupervisionChain chain) {
        return previous.filter(order -> !order.getLevel().getCode().equals(chain.level()))
                .isPresent();
    }

    Optional<SupervisionOrder> latest(String processInstanceId) {
        return orders.findFirstByProcessInstanceIdOrderBySequenceDesc(processInstanceId);
    }

    /** The order the bureau has to answer now; the model only waits for an answer while there is one. */
    SupervisionOrder open(String processInstanceId) {
        return orders.findByProcessInstanceIdAndStatus(processInstanceId, SupervisionOrderStatus.ISSUED)
                .orElseThrow(() -> new IllegalStateException("No open supervision order in " + processInstanceId));
    }

    List<SupervisionOrder> ofChain(String processInstanceId) {
        return orders.findByProcessInstanceIdOrderBySequenceAsc(processInstanceId);
    }

    /** A moment as orders, the timeline and notifications write it: Beijing time to the minute. */
    String format(Instant at) {
        return MINUTE.format(at.atZone(clock.getZone()));
    }
}
