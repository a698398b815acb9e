package org.xinfang.petition.process;

import java.util.ArrayList;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.ComplaintRepository;
import org.xinfang.petition.shared.PetitionException;

/**
 * A case is never routed to the officer it is about: assigning or claiming any user task of a process that
 * follows the case (the complaint's own, supervision) to that officer is refused, in our API, the Tasklist and the
 * engine's REST API alike. The candidate groups stay the model's; this only takes one person out of them.
 */
@Component
class AccusedOfficerGuard extends AbstractProcessEnginePlugin {

  private final ComplaintRepository complaints;

  AccusedOfficerGuard(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, refuseTheAccusedOfficer());
      }
    });
  }

  private TaskListener refuseTheAccusedOfficer() {
    return task -> {
      String trackingNumber = task.getExecution().getProcessBusinessKey();
      if (task.getAssignee() != null && trackingNumber != null && complaints.findByTrackingNumber(trackingNumber)
          .filter(complaint -> complaint.accuses(task.getAssignee())).isPresent()) {
        throw PetitionException.forbidden("case.not-candidate", trackingNumber);
      }
    };
  }
}
