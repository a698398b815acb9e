package org.xinfang.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.EndEvent;
import org.operaton.bpm.model.bpmn.instance.ExclusiveGateway;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.SubProcess;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonTaskListener;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.petition.process.ComplaintProcess.ExtensionPath;
import org.xinfang.petition.process.ComplaintProcess.ReturnPath;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * What the handling module relies on in {@code complaint-handling.bpmn}: the extension subprocess declares the
 * request's status at every step, each approval has its own listener, and the return's rules are a gateway that
 * asks the named policies.
 */
class HandlingModelTest {

    final BpmnModelInstance model = read();

    @Test
    void everyStepOfTheExtensionSubprocessDeclaresTheRequestsStatusAndNothingElseDoes() {
        SubProcess extension = model.getModelElementById(ExtensionPath.SUBPROCESS);
        assertThat(extensionStatus(model.getModelElementById(Stage.EXTENSION_LEADER_APPROVAL.taskKey())))
                .isEqualTo(ExtensionRequest.Status.PENDING_LEADER.name());
        assertThat(extensionStatus(model.getModelElementById(Stage.EXTENSION_OFFICE_APPROVAL.taskKey())))
                .isEqualTo(ExtensionRequest.Status.PENDING_OFFICE.name());
        assertThat(extensionStatus(model.getModelElementById(ExtensionPath.GRANTED)))
                .isEqualTo("GRANTED");
        assertThat(extensionStatus(model.getModelElementById(ExtensionPath.REFUSED_BY_LEADER)))
                .isEqualTo("REFUSED");
        assertThat(extensionStatus(model.getModelElementById(ExtensionPath.REFUSED_BY_OFFICE)))
                .isEqualTo("REFUSED");

        SoftAssertions softly = new SoftAssertions();
        List<String> statuses =
                Arrays.stream(ExtensionRequest.Status.values()).map(Enum::name).toList();
        Stream.concat(
                        model.getModelElementsByType(UserTask.class).stream(),
                        model.getModelElementsByType(EndEvent.class).stream())
                .forEach(node -> {
                    if (node.getParentElement() == extension && !endsAnAlert(node)) {
                        softly.assertThat(extensionStatus(node))
                                .as("extensionStatus of %s", node.getId())
                                .isIn(statuses);
                    } else {
                        softly.assertThat(extensionStatus(node))
                                .as("extensionStatus of %s", node.getId())
                                .isNull();
                    }
                });
        softly.assertAll();
    }

    /**
     * The end of a warning or overdue branch of an approval's clock: it closes the alert while the approval waits,
     * so it declares no status of the request.
     */
    static boolean endsAnAlert(FlowNode node) {
        for (FlowNode before = node; !before.getIncoming().isEmpty(); ) {
            before = before.getIncoming().iterator().next().getSource();
            if (before instanceof BoundaryEvent boundary && !boundary.cancelActivity()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eachApprovalOfAnExtensionHasItsOwnListenerNamedForIt() {
        assertThat(completionListener(Stage.EXTENSION_LEADER_APPROVAL)).isEqualTo("${recordLeaderExtensionDecision}");
        assertThat(completionListener(Stage.EXTENSION_OFFICE_APPROVAL)).isEqualTo("${recordOfficeExtensionDecision}");
    }

    @Test
    void aReturnPassesTheGatewayThatAsksTheReturnPoliciesAndEachRefusalIsAStepOfItsOwn() {
        ExclusiveGateway mayReturn = model.getModelElementById(ReturnPath.MAY_RETURN);
        assertThat(mayReturn.getIncoming())
                .singleElement()
                .satisfies(flow -> assertThat(flow.getSource().getId()).isEqualTo("gateway_signForDecision"));
        assertThat(mayReturn.getOutgoing())
                .extracting(flow -> flow.getTarget().getId(), this::condition)
                .containsExactlyInAnyOrder(
                        tuple(
                                Stage.TRIAGE.taskKey(),
                                "${!noReturnAfterDesignation.forbidsReturn(execution) && returnWindow.isOpen(execution)}"),
                        tuple(
                                ReturnPath.REFUSE_AFTER_DESIGNATION,
                                "${noReturnAfterDesignation.forbidsReturn(execution)}"),
                        tuple(
                                ReturnPath.REFUSE_AFTER_WINDOW,
                                "${!noReturnAfterDesignation.forbidsReturn(execution) && !returnWindow.isOpen(execution)}"));
        assertThat(((SequenceFlow) model.getModelElementById(ReturnPath.RETURNED)).getSource())
                .isSameAs(mayReturn);
        assertThat(refusal(ReturnPath.REFUSE_AFTER_DESIGNATION))
                .isEqualTo("${noReturnAfterDesignation.refuse(execution)}");
        assertThat(refusal(ReturnPath.REFUSE_AFTER_WINDOW)).isEqualTo("${returnWindow.refuse(execution)}");
    }

    String condition(SequenceFlow flow) {
        return flow.getConditionExpression().getTextContent();
    }

    String refusal(String serviceTaskId) {
        ServiceTask task = model.getModelElementById(serviceTaskId);
        assertThat(task.getOutgoing())
                .as("a refusal leads nowhere: the completion rolls back")
                .isEmpty();
        return task.getOperatonExpression();
    }

    String completionListener(Stage stage) {
        UserTask task = model.getModelElementById(stage.taskKey());
        return task.getExtensionElements()
                .getElementsQuery()
                .filterByType(OperatonTaskListener.class)
                .singleResult()
                .getOperatonDelegateExpression();
    }

    static String extensionStatus(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(OperatonProperties.class).list().stream()
                .flatMap(properties -> properties.getOperatonProperties().stream())
                .filter(property -> ExtensionStatusSync.PROPERTY.equals(property.getOperatonName()))
                .map(OperatonProperty::getOperatonValue)
                .findFirst()
                .orElse(null);
    }

    static BpmnModelInstance read() {
        try (InputStream in = new ClassPathResource("processes/complaint-handling.bpmn").getInputStream()) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
