package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.FlowElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.petition.supervision.SupervisionProcess.Flow;
import org.xinfang.petition.supervision.SupervisionProcess.Step;

/**
 * processes/supervision.bpmn read as a file: what Camunda Modeler needs to open it, the conventions of the
 * models (type-prefixed ids, bilingual names), and what the Java side relies on (messages, tasks, timers).
 * The case's status is the complaint process's business: supervision declares none.
 */
class SupervisionModelTest {

    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    final BpmnModelInstance model = read();
    final Process process = model.getModelElementById(SupervisionProcess.KEY);

    @Test
    void theProcessIsExecutableKeepsItsHistoryAndUsesTheCamundaNamespace() throws IOException {
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getOperatonHistoryTimeToLiveString()).isEqualTo("1825");
        String xml = new ClassPathResource("processes/supervision.bpmn").getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).contains("xmlns:camunda=\"" + CAMUNDA + "\"").doesNotContain("operaton.org/schema");
    }

    @Test
    void everyElementIsDrawnTypePrefixedAndNamedInBothLanguages() {
        SoftAssertions softly = new SoftAssertions();
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);
        softly.assertThat(ids(model.getModelElementsByType(BpmnShape.class).stream()
                        .map(BpmnShape::getBpmnElement)
                        .toList()))
                .as("shapes")
                .containsAll(ids(nodes));
        softly.assertThat(ids(model.getModelElementsByType(BpmnEdge.class).stream()
                        .map(BpmnEdge::getBpmnElement)
                        .toList()))
                .as("edges")
                .containsAll(ids(flows));
        for (FlowNode node : nodes) {
            softly.assertThat(node.getId())
                    .matches(
                            "(startEvent|endEvent|userTask|serviceTask|boundaryEvent|gateway|subProcess)_[a-z][A-Za-z]+");
            softly.assertThat(node.getName()).as("name of %s", node.getId()).matches("\\p{IsHan}.* [A-Z].*");
        }
        for (FlowElement flow : flows) {
            softly.assertThat(flow.getId()).startsWith("flow_");
        }
        softly.assertAll();
    }

    @Test
    void startsOnTheTwoMessagesAndEndsOnTheThirdThatTheJavaSideSends() {
        assertThat(model.getModelElementsByType(Message.class))
                .extracting(Message::getName)
                .containsExactlyInAnyOrder(
                        SupervisionProcess.Message.CASE_OVERDUE,
                        SupervisionProcess.Message.FLAGGED,
                        SupervisionProcess.Message.STAGE_COMPLETED);
        BoundaryEvent stageCompleted = model.getModelElementById(SupervisionProcess.Boundary.STAGE_COMPLETED);
        assertThat(stageCompleted.cancelActivity()).isTrue();
        assertThat(stageCompleted.getAttachedTo().getId()).isEqualTo(SupervisionProcess.Activity.CHAIN);
    }

    @Test
    void theSupervisedUnitAnswersByTheOrdersDeadlineOrTheTimerInterruptsItThere() {
        UserTask answer = model.getModelElementById(Step.ANSWER_ORDER.taskKey());
        assertThat(answer.getOperatonCandidateGroups()).isEqualTo("${supervisionGroups.answering(execution)}");
        assertThat(answer.getOperatonDueDate()).isEqualTo("${orderDue}");
        BoundaryEvent missed = model.getModelElementById(SupervisionProcess.Boundary.ORDER_MISSED);
        assertThat(missed.getAttachedTo()).isSameAs(answer);
        assertThat(missed.cancelActivity()).isTrue();
        TimerEventDefinition timer =
                (TimerEventDefinition) missed.getEventDefinitions().iterator().next();
        assertThat(timer.getTimeDate().getTextContent()).isEqualTo("${orderDue}");
        UserTask issue = model.getModelElementById(Step.ISSUE_ORDER.taskKey());
        // inspectors of the level, discipline inspectors above a conduct case, the office (SupervisorsTest)
        assertThat(issue.getOperatonCandidateGroups()).isEqualTo("${supervisionGroups.issuing(execution)}");
    }

    @Test
    void userTasksHaveTheirFormsAndNoActivityTouchesTheCaseStatus() throws IOException {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ClassPathResource form = new ClassPathResource("forms/" + task.getOperatonFormRef() + ".form");
            assertThat(form.exists()).as("form of %s", task.getId()).isTrue();
            assertThat(form.getContentAsString(StandardCharsets.UTF_8))
                    .contains("\"id\": \"" + task.getOperatonFormRef() + "\"");
        }
        assertThat(model.getModelElementsByType(OperatonProperties.class)).isEmpty();
    }

    @Test
    void theSecondMissRecordsAccountabilityAndOnlyAHigherLevelEscalates() {
        assertThat(condition(Flow.SECOND_MISS)).isEqualTo("${missedOrders == 2}");
        assertThat(condition(Flow.NOT_SECOND_MISS)).isEqualTo("${missedOrders != 2}");
        assertThat(condition(Flow.HIGHER_LEVEL)).isEqualTo("${supervisionLevels.hasHigher(level)}");
        assertThat(condition(Flow.TOP_LEVEL)).isEqualTo("${!supervisionLevels.hasHigher(level)}");
    }

    String condition(String flowId) {
        SequenceFlow flow = model.getModelElementById(flowId);
        return flow.getConditionExpression().getTextContent();
    }

    static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }

    static BpmnModelInstance read() {
        try (InputStream in = new ClassPathResource("processes/supervision.bpmn").getInputStream()) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
