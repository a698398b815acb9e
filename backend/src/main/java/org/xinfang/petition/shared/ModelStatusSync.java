package org.xinfang.petition.shared;

import java.util.ArrayList;
import java.util.List;
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
 * The one mechanism that keeps records in step with their processes: an engine plugin whose parse listener gives
 * every user task, end event and event-based gateway that declares a {@link ModelStatus}'s property a start listener applying it. A
 * value the status type does not know fails the deployment.
 */
@Component
class ModelStatusSync extends AbstractProcessEnginePlugin {

    private final List<ModelStatus<?>> statuses;

    ModelStatusSync(List<ModelStatus<?>> statuses) {
        this.statuses = statuses;
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

            /** Where a model waits for the complainant's next step (a window for asking for a review). */
            @Override
            public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
                listenForStatus(element, activity);
            }
        };
    }

    private void listenForStatus(Element element, ActivityImpl activity) {
        Map<String, String> properties = BpmnParseUtil.parseOperatonExtensionProperties(element);
        if (properties == null) {
            return;
        }
        statuses.forEach(status -> listenFor(status, properties.get(status.property()), activity));
    }

    private static <S extends Enum<S>> void listenFor(ModelStatus<S> status, String declared, ActivityImpl activity) {
        if (declared == null) {
            return;
        }
        S value = status.parse(declared);
        activity.addBuiltInListener(
                ExecutionListener.EVENTNAME_START, execution -> status.apply((DelegateExecution) execution, value));
    }
}
