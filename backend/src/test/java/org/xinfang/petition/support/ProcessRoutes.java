package org.xinfang.petition.support;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.xinfang.petition.process.ComplaintProcess;

/** Opens the {@link ProcessRoute} of a case. */
public final class ProcessRoutes {

    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;

    ProcessRoutes(HistoryService history, RuntimeService runtime, TaskService tasks) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public ProcessRoute of(String trackingNumber) {
        return of(ComplaintProcess.KEY, trackingNumber);
    }

    /** The route of another process's instance under its business key (a consultation). */
    public ProcessRoute of(String processKey, String businessKey) {
        return new ProcessRoute(history, runtime, tasks, processKey, businessKey);
    }
}
