package org.xinfang.petition.process;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.WorkQueue.WorkItem;
import org.xinfang.petition.shared.SortableBy;

@RestController
@RequestMapping("/api/v1/work-queue")
class WorkQueueController {

    private final WorkQueue workQueue;

    WorkQueueController(WorkQueue workQueue) {
        this.workQueue = workQueue;
    }

    /**
     * 待办: the acting user's open tasks, optionally of one stage (TRIAGE, DISPATCH, SIGN_FOR, …) and only the overdue
     * ones; earliest due first, or as {@code sort} asks: {@code dueAt} or {@code createdAt} (arrival), asc or desc.
     */
    @GetMapping
    Page<WorkItem> myTasks(
            @RequestParam(required = false) Stage stage,
            @RequestParam(defaultValue = "false") boolean overdue,
            @SortableBy({WorkQueue.DUE_AT, WorkQueue.CREATED_AT})
                    @PageableDefault(size = 20, sort = WorkQueue.DUE_AT, direction = Sort.Direction.ASC)
                    Pageable page) {
        return workQueue.forCurrentUser(new WorkQueue.Filter(stage, overdue), page);
    }
}
