package org.xinfang.petition.supervision;

import java.time.Clock;
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
 * Completes 办复督办单 (userTask_answerOrder): the bureau says what it has done and will do; the order ends and
 * the inspectors of its level may issue a further one while the supervised stage is not done.
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

    @Override
    public void notify(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String answer = input.text(Var.ANSWER, "answer", MAX_ANSWER);
        if (answer == null) {
            throw PetitionException.invalid("answer", "constraint.NotBlank");
        }
        Complaint complaint = cases.get(input.businessKey());
        SupervisionOrder order = orders.open(task.getProcessInstanceId());
        order.answered(answer, timeline.currentActor(), clock.instant());
        timeline.record(
                complaint,
                CaseEventType.SUPERVISION_ORDER_ANSWERED,
                "no. %d: %s".formatted(order.getSequence(), answer),
                null);
        notices.toInspectors(
                complaint,
                order.getLevel(),
                CaseEventType.SUPERVISION_ORDER_ANSWERED,
                order.getSequence(),
                order.getBureau().bilingualName());
    }
}
