package org.xinfang.petition.workbench;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.WorkQueue;
import org.xinfang.petition.process.WorkQueue.WorkItem;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.Pager;
import org.xinfang.petition.web.TimeLeft;

/**
 * The user's work queue as the API's gives it (earliest due first unless another order is chosen, only the cases in
 * their scope), each task with the working time it has left: 我的待办 by stage, overdue only or all, and the clerk's
 * triage board, the cases awaiting triage and dispatch.
 */
@PageController
class QueuePages {

    /** The orders a queue page offers, as {@code property,direction}; the first is the queue's own. */
    static final List<String> ORDERS = List.of("dueAt,asc", "dueAt,desc", "createdAt,desc", "createdAt,asc");

    private static final int BOARD_SIZE = 20;

    private final WorkQueue queue;
    private final Clock clock;

    QueuePages(WorkQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @GetMapping("/workbench/tasks")
    String tasks(
            @RequestParam(required = false) Stage stage,
            @RequestParam(defaultValue = "false") boolean overdue,
            @SortableBy({WorkQueue.DUE_AT, WorkQueue.CREATED_AT})
                    @PageableDefault(size = 20, sort = WorkQueue.DUE_AT, direction = Sort.Direction.ASC)
                    Pageable page,
            Model model) {
        Page<WorkItem> found = queue.forCurrentUser(new WorkQueue.Filter(stage, overdue), page);
        model.addAttribute("stage", stage);
        model.addAttribute("overdue", overdue);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("queueOrders", ORDERS);
        model.addAttribute("tasks", rows(found));
        model.addAttribute("pager", Pager.of(found));
        return "workbench/tasks";
    }

    /** Both queues of the petition office on one page, each paged by a parameter of its own, in the order chosen. */
    @GetMapping("/workbench/triage")
    String triageBoard(
            @RequestParam(defaultValue = "0") int triagePage,
            @RequestParam(defaultValue = "0") int dispatchPage,
            @SortableBy({WorkQueue.DUE_AT, WorkQueue.CREATED_AT})
                    @PageableDefault(sort = WorkQueue.DUE_AT, direction = Sort.Direction.ASC)
                    Pageable page,
            Model model) {
        Page<WorkItem> toTriage =
                queue.forCurrentUser(Stage.TRIAGE, PageRequest.of(Math.max(triagePage, 0), BOARD_SIZE, page.getSort()));
        Page<WorkItem> toDispatch = queue.forCurrentUser(
                Stage.DISPATCH, PageRequest.of(Math.max(dispatchPage, 0), BOARD_SIZE, page.getSort()));
        model.addAttribute("queueOrders", ORDERS);
        model.addAttribute("sort", Pager.sortOf(page.getSort()));
        model.addAttribute("toTriage", rows(toTriage));
        model.addAttribute("triagePager", Pager.of(toTriage, "triagePage"));
        model.addAttribute("toDispatch", rows(toDispatch));
        model.addAttribute("dispatchPager", Pager.of(toDispatch, "dispatchPage"));
        return "workbench/triage";
    }

    private List<Row> rows(Page<WorkItem> items) {
        Instant now = clock.instant();
        return items.getContent().stream()
                .map(item -> new Row(item, TimeLeft.of(item.warnAt(), item.dueAt(), item.remainingWorkingDays(), now)))
                .toList();
    }

    /** A task of the queue and its countdown. */
    record Row(WorkItem item, TimeLeft timeLeft) {}
}
