package org.xinfang.petition.process;

import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.xinfang.petition.process.TaskRecords.RecordSummary;
import org.xinfang.petition.shared.Messages;

/**
 * The name each user task gets when it is created, so that a task list (Tasklist, the work queue) tells which case
 * it is about: the stage's name from the model first, then the record's tracking number and its subject, or where
 * the subject may not be shown its category and region, e.g. "受理研判 Triage complaint · XF20260601-640104-ABCDEF ·
 * 民警执法态度问题". The name is a column of the task, not a process variable: nothing of the record is copied into the
 * process's variables. Tasks of processes no {@link TaskRecords} speaks for keep the model's name.
 *
 * <p>Each instance also gets its business key, the tracking number, as the variable {@value #TRACKING_NUMBER}
 * (not personal data): the forms' link to the record's page in the workbench ({@code *_caselink}) reads it.
 */
@Component
class TaskNames extends AbstractProcessEnginePlugin {

    static final String SEPARATOR = " · ";
    static final String TRACKING_NUMBER = "trackingNumber";
    /** The subject is cut here, so that the name stays one line in a list. */
    static final int SUBJECT_LENGTH = 24;
    /** The width of the task's name column. */
    private static final int NAME_LENGTH = 255;

    private final ObjectProvider<TaskRecords> records;
    private final ObjectProvider<Messages> messages;

    TaskNames(ObjectProvider<TaskRecords> records, ObjectProvider<Messages> messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.add(configuration, new BpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity process) {
                process.addBuiltInListener(ExecutionListener.EVENTNAME_START, instance -> {
                    DelegateExecution execution = (DelegateExecution) instance;
                    if (execution.getProcessBusinessKey() != null) {
                        execution.setVariable(TRACKING_NUMBER, execution.getProcessBusinessKey());
                    }
                });
            }
        });
        ParseListeners.onEveryUserTask(
                configuration,
                (process, task) ->
                        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created -> name(created, process)));
    }

    private void name(DelegateTask task, String processKey) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        List<TaskRecords> owners = records.orderedStream()
                .filter(owner -> owner.processKeys().contains(processKey))
                .toList();
        if (businessKey == null || owners.size() != 1) {
            return;
        }
        owners.get(0).summaryOf(businessKey).ifPresent(summary -> {
            String name = task.getName() + SEPARATOR + businessKey + SEPARATOR + shown(summary);
            task.setName(name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name);
        });
    }

    private String shown(RecordSummary summary) {
        if (summary.subject() != null) {
            String subject = basicPlane(summary.subject().strip());
            return subject.codePointCount(0, subject.length()) > SUBJECT_LENGTH
                    ? subject.substring(0, subject.offsetByCodePoints(0, SUBJECT_LENGTH)) + "…"
                    : subject;
        }
        String category = messages.getObject().zh("category." + summary.category());
        // A consultation need not be about a place: its category alone then.
        return summary.region() == null
                ? category
                : category + " " + summary.region().getNameZh();
    }

    /**
     * The engine's task tables hold text of the basic plane only (MySQL's three-byte utf8): a rare character beyond it
     * (a 生僻字 in a name or place) is shown as 〓, the typesetter's mark for a missing character.
     */
    private static String basicPlane(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(point -> shown.append(Character.isBmpCodePoint(point) ? (char) point : '〓'));
        return shown.toString();
    }
}
