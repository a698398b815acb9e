package org.xinfang.petition.workbench;

import java.util.List;
import org.springframework.data.domain.Page;
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
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.Pager;

/**
 * The petition office's queues of one stage, from the work queue the API lists (待办, the earliest due first unless
 * another order is chosen, only the cases in the user's scope, all or the overdue ones): the callbacks to make, and
 * the extension requests to decide (the office's, or a bureau leader's by role), each line leading to its action.
 */
@PageController
class StageQueuePages {

    static final int PAGE_SIZE = 20;

    private final WorkQueue workQueue;
    private final CurrentStaff currentStaff;
    private final Countdowns countdowns;

    StageQueuePages(WorkQueue workQueue, CurrentStaff currentStaff, Countdowns countdowns) {
        this.workQueue = workQueue;
        this.currentStaff = currentStaff;
        this.countdowns = countdowns;
    }

    @GetMapping("/workbench/callbacks")
    String callbacks(
            @RequestParam(defaultValue = "false") boolean overdue,
            @SortableBy({WorkQueue.DUE_AT, WorkQueue.CREATED_AT})
                    @PageableDefault(size = PAGE_SIZE, sort = WorkQueue.DUE_AT, direction = Sort.Direction.ASC)
                    Pageable page,
            Model model) {
        return queue(model, Stage.CALLBACK, overdue, page, List.of(Stage.CALLBACK), "callback", "callbacks");
    }

    /** The office's decisions for a clerk, a leader's for a bureau leader, unless the filter asks for the other. */
    @GetMapping("/workbench/extensions")
    String extensions(
            @RequestParam(required = false) Stage stage,
            @RequestParam(defaultValue = "false") boolean overdue,
            @SortableBy({WorkQueue.DUE_AT, WorkQueue.CREATED_AT})
                    @PageableDefault(size = PAGE_SIZE, sort = WorkQueue.DUE_AT, direction = Sort.Direction.ASC)
                    Pageable page,
            Model model) {
        List<Stage> stages = List.of(Stage.EXTENSION_OFFICE_APPROVAL, Stage.EXTENSION_LEADER_APPROVAL);
        Stage shown = stage != null
                ? stage
                : currentStaff.get().hasRole(Role.CLERK)
                        ? Stage.EXTENSION_OFFICE_APPROVAL
                        : Stage.EXTENSION_LEADER_APPROVAL;
        if (!stages.contains(shown)) {
            throw PetitionException.invalid("stage", "constraint.unreadable");
        }
        return queue(model, shown, overdue, page, stages, "approve-extension", "extensions");
    }

    private String queue(
            Model model,
            Stage stage,
            boolean overdue,
            Pageable page,
            List<Stage> stages,
            String action,
            String section) {
        Page<WorkItem> items = workQueue.forCurrentUser(new WorkQueue.Filter(stage, overdue), page);
        model.addAttribute("section", section);
        model.addAttribute("stage", stage);
        model.addAttribute("stages", stages);
        model.addAttribute("overdue", overdue);
        model.addAttribute("queueOrders", QueuePages.ORDERS);
        model.addAttribute("action", action);
        model.addAttribute("items", items);
        model.addAttribute("pager", Pager.of(items));
        model.addAttribute(
                "countdowns",
                items.getContent().stream()
                        .map(item -> countdowns.of(item.dueAt(), item.remainingWorkingDays()))
                        .toList());
        return "workbench/clerk/queue";
    }
}
