package org.xinfang.petition.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.BusinessRuleTask;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.MessageEventDefinition;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.petition.consultation.ConsultationProcess.Activity;
import org.xinfang.petition.consultation.ConsultationProcess.Boundary;
import org.xinfang.petition.consultation.ConsultationProcess.Flow;
import org.xinfang.petition.consultation.ConsultationProcess.Step;
import org.xinfang.petition.consultation.ConsultationProcess.Var;
import org.xinfang.petition.process.ComplaintProcess;

/**
 * processes/consultation.bpmn read as a file: what Camunda Modeler needs to open it, the conventions of the models,
 * and what the Java side relies on (task ids, variables, the reroute message, the timers' variables).
 */
class ConsultationModelTest {

    final BpmnModelInstance model = read();
    final Process process = model.getModelElementById(ConsultationProcess.KEY);

    /** Namespaces, history and drawings of every model are ProcessModelTest's; these are this model's conventions. */
    @Test
    void theProcessIsExecutableAndItsElementsAreTypePrefixedAndNamedInBothLanguages() {
        assertThat(process.isExecutable()).isTrue();
        SoftAssertions softly = new SoftAssertions();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            softly.assertThat(node.getId())
                    .matches(
                            "(startEvent|endEvent|userTask|serviceTask|businessRuleTask|boundaryEvent|gateway)_[a-z][A-Za-z]+");
            softly.assertThat(node.getName()).as("name of %s", node.getId()).matches("\\p{IsHan}.* [A-Z].*");
        }
        model.getModelElementsByType(SequenceFlow.class)
                .forEach(flow -> softly.assertThat(flow.getId()).startsWith("flow_"));
        softly.assertAll();
    }

    @Test
    void bureauRoutingProposesTheDepartmentAndWithoutOneTheOfficeRoutes() {
        BusinessRuleTask routing = model.getModelElementById(Activity.ROUTE_BY_CATEGORY);
        assertThat(routing.getOperatonDecisionRef()).isEqualTo(ComplaintProcess.ROUTING_DECISION);
        assertThat(routing.getOperatonResultVariable()).isEqualTo(Var.DEPARTMENT);
        assertThat(routing.getOperatonMapDecisionResult()).isEqualTo("singleEntry");
        assertThat(condition(Flow.ROUTED)).isEqualTo("${department != null}");
        assertThat(condition(Flow.NOT_ROUTED)).isEqualTo("${department == null}");
        UserTask route = model.getModelElementById(Step.ROUTE.taskKey());
        assertThat(route.getOperatonCandidateGroups()).isEqualTo("clerk");
    }

    @Test
    void theDepartmentAnswersByItsLimitWithAWarningAndAnOverdueTimerBesideTheTask() {
        UserTask answer = model.getModelElementById(Step.ANSWER.taskKey());
        assertThat(answer.getOperatonCandidateGroups())
                .isEqualTo("${consultationGroups.departmentHandlers(execution)}");
        assertThat(answer.getOperatonDueDate()).isEqualTo("${" + Var.ANSWER_DUE + "}");
        assertThat(timer(Boundary.ANSWER_WARNING, answer)).isEqualTo("${" + Var.ANSWER_WARNING + "}");
        assertThat(timer(Boundary.ANSWER_OVERDUE, answer)).isEqualTo("${" + Var.ANSWER_DUE + "}");
    }

    @Test
    void theOfficesRerouteInterruptsTheAnswerAndStartsTheClockAgain() {
        assertThat(model.getModelElementsByType(Message.class))
                .extracting(Message::getName)
                .containsExactly(ConsultationProcess.Message.REROUTED);
        BoundaryEvent rerouted = model.getModelElementById(Boundary.REROUTED);
        assertThat(rerouted.cancelActivity()).isTrue();
        assertThat(rerouted.getAttachedTo().getId()).isEqualTo(Step.ANSWER.taskKey());
        assertThat(rerouted.getEventDefinitions()).singleElement().isInstanceOf(MessageEventDefinition.class);
        SequenceFlow back = model.getModelElementById(Flow.REROUTE_TO_CLOCK);
        assertThat(back.getTarget().getId()).isEqualTo(Activity.START_ANSWER_CLOCK);
    }

    @Test
    void theOfficeOrTheDepartmentsLeaderDecidesPublicationAndTheGatewayReadsIt() {
        UserTask decide = model.getModelElementById(Step.DECIDE_PUBLICATION.taskKey());
        assertThat(decide.getOperatonCandidateGroups())
                .isEqualTo("clerk,${consultationGroups.departmentLeaders(execution)}");
        assertThat(condition(Flow.PUBLISH)).isEqualTo("${publish}");
        assertThat(condition(Flow.NOT_PUBLISHED)).isEqualTo("${!publish}");
    }

    @Test
    void userTasksHaveTheirFormsAndNoActivityTouchesTheComplaintStatus() throws IOException {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ClassPathResource form = new ClassPathResource("forms/" + task.getOperatonFormRef() + ".form");
            assertThat(form.exists()).as("form of %s", task.getId()).isTrue();
            assertThat(form.getContentAsString(StandardCharsets.UTF_8))
                    .contains("\"id\": \"" + task.getOperatonFormRef() + "\"");
        }
        assertThat(model.getModelElementsByType(OperatonProperty.class))
                .extracting(OperatonProperty::getOperatonName)
                .containsOnly(ConsultationStatusSync.PROPERTY);
    }

    /** The status comes from the model, as a complaint's does: each step and each end of the question declares it. */
    @Test
    void everyTaskAndEveryEndOfTheQuestionDeclaresTheConsultationsStatus() {
        assertThat(consultationStatus(Step.ROUTE.taskKey())).isEqualTo(ConsultationStatus.ROUTING);
        assertThat(consultationStatus(Step.ANSWER.taskKey())).isEqualTo(ConsultationStatus.AWAITING_ANSWER);
        assertThat(consultationStatus(Step.DECIDE_PUBLICATION.taskKey())).isEqualTo(ConsultationStatus.ANSWERED);
        assertThat(consultationStatus("endEvent_published")).isEqualTo(ConsultationStatus.PUBLISHED);
        assertThat(consultationStatus("endEvent_closed")).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(consultationStatus("endEvent_warned"))
                .as("an alert branch leaves the status alone")
                .isNull();
        assertThat(consultationStatus("endEvent_overdueRecorded"))
                .as("an alert branch leaves the status alone")
                .isNull();
        assertThat(model.getModelElementsByType(UserTask.class))
                .allSatisfy(task -> assertThat(consultationStatus(task.getId()))
                        .as("status of %s", task.getId())
                        .isNotNull());
    }

    ConsultationStatus consultationStatus(String elementId) {
        FlowNode node = model.getModelElementById(elementId);
        if (node.getExtensionElements() == null) {
            return null;
        }
        return node.getExtensionElements().getElementsQuery().filterByType(OperatonProperties.class).list().stream()
                .flatMap(properties -> properties.getOperatonProperties().stream())
                .filter(property -> ConsultationStatusSync.PROPERTY.equals(property.getOperatonName()))
                .map(property -> ConsultationStatus.valueOf(property.getOperatonValue()))
                .findFirst()
                .orElse(null);
    }

    String timer(String boundaryId, UserTask attachedTo) {
        BoundaryEvent event = model.getModelElementById(boundaryId);
        assertThat(event.getAttachedTo()).isSameAs(attachedTo);
        assertThat(event.cancelActivity())
                .as("%s lets the task run on", boundaryId)
                .isFalse();
        TimerEventDefinition timer =
                (TimerEventDefinition) event.getEventDefinitions().iterator().next();
        return timer.getTimeDate().getTextContent();
    }

    String condition(String flowId) {
        SequenceFlow flow = model.getModelElementById(flowId);
        return flow.getConditionExpression().getTextContent();
    }

    static BpmnModelInstance read() {
        try (InputStream in = new ClassPathResource("processes/consultation.bpmn").getInputStream()) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
