package org.xinfang.petition.complaint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The one place that keeps a complaint's status in step with its process. The model declares the status of
 * each user task and end event as the extension property {@value #PROPERTY}; entering such an activity sets it,
 * and a final status also closes the case.
 */
@Component
class CaseStatusSync extends AbstractProcessEnginePlugin {

  static final String PROPERTY = "caseStatus";

  private final ComplaintRepository complaints;
  private final Clock clock;

  CaseStatusSync(ComplaintRepository complaints, Clock clock) {
    this.complaints = complaints;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(parseListener());
  }

  private BpmnParseListener parseListener() {
    return new BpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        listenForStatus(element, activity);
      }

      @Override
      public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        listenForStatus(element, activity);
      }
    };
  }

  private void listenForStatus(Element element, ActivityImpl activity) {
    Map<String, String> properties = BpmnParseUtil.parseOperatonExtensionProperties(element);
    String declared = properties == null ? null : properties.get(PROPERTY);
    if (declared == null) {
      return;
    }
    ComplaintStatus status = ComplaintStatus.valueOf(declared);
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, execution ->
        complaints.findByTrackingNumber(((DelegateExecution) execution).getProcessBusinessKey())
            .ifPresent(complaint -> complaint.changeStatus(status, clock.instant())));
  }
}
