package org.xinfang.petition.workbench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.WorkQueue;
import org.xinfang.petition.process.WorkQueue.WorkItem;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.supervision.OrdersToAnswer;
import org.xinfang.petition.supervision.OrdersToAnswer.OrderToAnswer;
import org.xinfang.petition.supervision.SupervisionProcess.Step;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.Pager;
import org.xinfang.petition.web.TimeLeft;

/**
 * 收件箱: the bureau's open work for its handlers and leaders, earliest due first, each with its countdown and the
 * action that does it: the cases at the stages their role works (the same queue as the API's work queue, filtered
 * by stage and to the overdue ones, in the order chosen, paged), and the supervision orders their bureau is to
 * answer.
 */
@PageController
class BureauInbox {

    static final int PAGE_SIZE = 20;

    /** The stages each bureau role works, in the order of the case's way through the bureau. */
    private static final Map<Role, List<Stage>> STAGES = Map.of(
            Role.HANDLER,
            List.of(Stage.SIGN_FOR, Stage.HANDLING),
            Role.BUREAU_LEADER,
            List.of(Stage.REPLY_APPROVAL, Stage.EXTENSION_LEADER_APPROVAL, Stage.MATERIAL_REPEAT_APPROVAL));

    private final WorkQueue queue;
    private final OrdersToAnswer orders;
    private final CurrentStaff currentStaff;
    private final Map<String, String> actionByTask;
    private final Clock clock;

    BureauInbox(
            WorkQueue queue, OrdersToAnswer orders, CurrentStaff currentStaff, List<CaseAction> actions, Clock clock) {
        this.queue = queue;
        this.orders = orders;
        this.currentStaff = currentStaff;
        this.actionByTask = actions.stream()
                .filter(TaskAction.class::isInstance)
                .map(TaskAction.class::cast)
                .collect(Collectors.toUnmodifiableMap(TaskAction::taskKey, CaseAction::key));
        this.clock = clock;
    }

    @GetMapping("/workbench/inbox")
    String inbox(
            @RequestParam(required = false) Stage stage,
            @RequestParam(defaultValue = "false") boolean overdue,
            @SortableBy({WorkQueue.DUE_AT, WorkQueue.CREATED_AT})
                    @PageableDefault(size = PAGE_SIZE, sort = WorkQueue.DUE_AT, direction = Sort.Direction.ASC)
                    Pageable page,
            @RequestParam(defaultValue = "0") int ordersPage,
            Model model) {
        List<Stage> stages = stagesOf(currentStaff.get());
        if (stage != null && !stages.contains(stage)) {
            throw PetitionException.invalid("stage", "constraint.unreadable");
        }
        Page<WorkItem> work = queue.forCurrentUser(new WorkQueue.Filter(stage, overdue), page);
        Page<OrderToAnswer> open = orders.forCurrentUser(PageRequest.of(Math.max(ordersPage, 0), PAGE_SIZE));
        model.addAttribute("stages", stages);
        model.addAttribute("stage", stage);
        model.addAttribute("overdue", overdue);
        model.addAttribute("queueOrders", QueuePages.ORDERS);
        model.addAttribute("workPager", Pager.of(work));
        model.addAttribute("rows", work.getContent().stream().map(this::row).toList());
        model.addAttribute("ordersPager", Pager.of(open, "ordersPage"));
        model.addAttribute(
                "orderRows", open.getContent().stream().map(this::row).toList());
        return "workbench/bureau/inbox";
    }

    /** A handler's and a leader's stages; nobody else has an inbox (their work is on their own lists). */
    private static List<Stage> stagesOf(StaffPrincipal staff) {
        List<Stage> stages = new ArrayList<>();
        STAGES.forEach((role, theirs) -> {
            if (staff.hasRole(role)) {
                stages.addAll(theirs);
            }
        });
        if (stages.isEmpty()) {
            throw PetitionException.forbidden("access-denied");
        }
        stages.sort(Enum::compareTo);
        return stages;
    }

    private CaseRow row(WorkItem item) {
        return new CaseRow(
                item,
                TimeLeft.of(null, item.dueAt(), item.remainingWorkingDays(), clock.instant()),
                actionByTask.get(item.stage().taskKey()));
    }

    private OrderRow row(OrderToAnswer order) {
        return new OrderRow(
                order,
                TimeLeft.of(null, order.dueAt(), order.remainingWorkingDays(), clock.instant()),
                actionByTask.get(Step.ANSWER_ORDER.taskKey()));
    }

    /** A case in the inbox, with its countdown and the key of the action that does its task. */
    record CaseRow(WorkItem item, TimeLeft timeLeft, String action) {}

    /** An order to answer, with its countdown and the key of the action that answers it. */
    record OrderRow(OrderToAnswer order, TimeLeft timeLeft, String action) {}
}
