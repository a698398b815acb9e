package org.xinfang.petition.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.calendar.WorkingCalendar;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.supervision.SupervisionProcess.Step;

/**
 * The supervision orders the signed-in bureau staff may answer (办复), earliest due first: the open answer tasks the
 * model offers them (the bureau's staff of the case, as {@link BureauAnswers} completes them), with their orders.
 */
@Service
@Transactional(readOnly = true)
public class OrdersToAnswer {

    private final TaskService tasks;
    private final SupervisionOrderRepository orders;
    private final CurrentStaff currentStaff;
    private final WorkingCalendar calendar;

    OrdersToAnswer(
            TaskService tasks, SupervisionOrderRepository orders, CurrentStaff currentStaff, WorkingCalendar calendar) {
        this.tasks = tasks;
        this.orders = orders;
        this.currentStaff = currentStaff;
        this.calendar = calendar;
    }

    public Page<OrderToAnswer> forCurrentUser(Pageable page) {
        StaffPrincipal staff = currentStaff.get();
        TaskQuery query = tasks.createTaskQuery()
                .processDefinitionKey(SupervisionProcess.KEY)
                .taskDefinitionKey(Step.ANSWER_ORDER.taskKey())
                .active()
                .or()
                .taskAssignee(staff.username())
                .taskCandidateGroupIn(List.copyOf(staff.engineGroups()))
                .endOr();
        long total = query.count();
        List<OrderToAnswer> found =
                query.orderByDueDate().asc().listPage((int) page.getOffset(), page.getPageSize()).stream()
                        .map(task -> orders.findByProcessInstanceIdAndStatus(
                                task.getProcessInstanceId(), SupervisionOrderStatus.ISSUED))
                        .flatMap(Optional::stream)
                        .map(this::toAnswer)
                        .toList();
        return new PageImpl<>(found, page, total);
    }

    private OrderToAnswer toAnswer(SupervisionOrder order) {
        return new OrderToAnswer(
                order.getComplaint().getTrackingNumber(),
                order.getComplaint().getSubject(),
                order.getSequence(),
                order.getLevel().getNameZh(),
                order.getLevel().getNameEn(),
                order.isFlagged(),
                order.getInstructions(),
                order.getIssuedAt(),
                order.getDueAt(),
                calendar.remainingWorkingDays(order.getDueAt()));
    }

    /** An open order: its case, the level that issued it, what it asks, and the working days left to answer it. */
    public record OrderToAnswer(
            String trackingNumber,
            String subject,
            int sequence,
            String levelZh,
            String levelEn,
            boolean flagged,
            String instructions,
            Instant issuedAt,
            Instant dueAt,
            int remainingWorkingDays) {}
}
