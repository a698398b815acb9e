package org.xinfang.petition.support;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;

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
    return new ProcessRoute(history, runtime, tasks, trackingNumber);
  }
}
