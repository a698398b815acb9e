package org.xinfang.petition.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.TaskInput;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * Completes 办复督办单 (userTask_answerOrder): the supervised unit says what it has done and will do, with its
 * rectification plan and the day it is to be done by where it has one; the order ends and the inspectors of its
 * level may issue a further one while the supervised stage is not done.
 */
@Component("recordOrderAnswer")
class RecordOrderAnswer implements TaskListener {

    static final int MAX_ANSWER = 2000;

    private final Cases cases;
    private final SupervisionOrders orders;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;
    private final Clock clock;

    RecordOrderAnswer(
            Cases cases, SupervisionOrders orders, CaseTimeline timeline, SupervisionNotices notices, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.timeline = timeline;
        this.notices = notices;
        this.clock = clock;
    }

    /** The end of the plan's last day, which lies ahead; both the plan and its day, or neither. */
    private Instant planDue(String day, String plan) {
        if (day == null && plan == null) {
            return null;
        }
        if (plan == null) {
            throw PetitionException.invalid("plan", "constraint.NotBlank");
        }
        if (day == null) {
            throw PetitionException.invalid("planDue", "constraint.NotBlank");
        }
        LocalDate last;
        try {
            last = LocalDate.parse(day);
        } catch (DateTimeParseException unreadable) {
            throw PetitionException.invalid("planDue", "constraint.unreadable");
        }
        if (!last.isAfter(LocalDate.now(clock))) {
            throw PetitionException.invalid("planDue", "constraint.future-day");
        }
        return last.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private String planDueDay(Instant due) {
        return LocalDate.ofInstant(due, clock.getZone()).minusDays(1).toString();
    }

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String answer = input.text(Var.ANSWER, "answer", MAX_ANSWER);
        if (answer == null) {
            throw PetitionException.invalid("answer", "constraint.NotBlank");
        }
        String plan = input.text(Var.PLAN, "plan", MAX_ANSWER);
        Instant planDue = planDue(input.text(Var.PLAN_DUE, "planDue", 10), plan);
        Complaint complaint = cases.get(input.businessKey());
        SupervisionOrder order = orders.open(task.getProcessInstanceId());
        order.answered(answer, timeline.currentActor(), clock.instant());
        if (plan != null) {
            order.planned(plan, planDue);
        }
        timeline.record(
                complaint,
                CaseEventType.SUPERVISION_ORDER_ANSWERED,
                plan == null
                        ? "no. %d: %s".formatted(order.getSequence(), answer)
                        : "no. %d: %s; plan by %s: %s"
                                .formatted(order.getSequence(), answer, planDueDay(planDue), plan),
                null);
        notices.toInspectors(
                complaint,
                order.getLevel(),
                CaseEventType.SUPERVISION_ORDER_ANSWERED,
                order.getSequence(),
                order.getBureau().bilingualName());
    }
}
