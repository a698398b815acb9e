package org.xinfang.petition.process;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.WorkQueue.WorkItem;

@RestController
@RequestMapping("/api/v1/work-queue")
class WorkQueueController {

    private final WorkQueue workQueue;

    WorkQueueController(WorkQueue workQueue) {
        this.workQueue = workQueue;
    }

    /** 待办: the acting user's open tasks, optionally of one stage (TRIAGE, DISPATCH, SIGN_FOR, …). */
    @GetMapping
    Page<WorkItem> myTasks(@RequestParam(required = false) Stage stage, @PageableDefault(size = 20) Pageable page) {
        return workQueue.forCurrentUser(stage, page);
    }
}
