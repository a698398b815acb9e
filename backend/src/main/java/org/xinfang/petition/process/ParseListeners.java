package org.xinfang.petition.process;

import java.util.ArrayList;
import java.util.function.BiConsumer;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.task.TaskDefinition;
import org.operaton.bpm.engine.impl.util.xml.Element;

/** How the engine plugins of this module hook into the parsing of the models: after the engine's own listeners. */
final class ParseListeners {

    private ParseListeners() {}

    static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(listener);
    }

    /** Hands every user task's definition, with the key of its process, to {@code each} as the model is parsed. */
    static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, BiConsumer<String, TaskDefinition> each) {
        add(configuration, new BpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                each.accept(
                        ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey(),
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
            }
        });
    }
}
