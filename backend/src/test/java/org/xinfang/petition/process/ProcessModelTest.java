package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.ModelFiles.CAMUNDA_BPMN;
import static org.xinfang.petition.support.ModelFiles.CAMUNDA_DMN;
import static org.xinfang.petition.support.ModelFiles.FORMS;
import static org.xinfang.petition.support.ModelFiles.PROCESSES;
import static org.xinfang.petition.support.ModelFiles.decisions;
import static org.xinfang.petition.support.ModelFiles.files;
import static org.xinfang.petition.support.ModelFiles.forEachElement;
import static org.xinfang.petition.support.ModelFiles.processes;
import static org.xinfang.petition.support.ModelFiles.root;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Activity;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.BoundaryEvent;
import org.operaton.bpm.model.bpmn.instance.EndEvent;
import org.operaton.bpm.model.bpmn.instance.ExtensionElements;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.StartEvent;
import org.operaton.bpm.model.bpmn.instance.SubProcess;
import org.operaton.bpm.model.bpmn.instance.TimeDate;
import org.operaton.bpm.model.bpmn.instance.TimerEventDefinition;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperties;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;
import org.operaton.bpm.model.dmn.instance.Decision;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.xinfang.petition.complaint.ComplaintStatus;

/**
 * The models in {@code processes/} and the forms they use, read as files without the application, so that a
 * fault is named here even when it keeps the engine from deploying: what the engine would otherwise find only
 * when a case reaches the faulty element, and what Camunda Modeler needs to open the models.
 */
class ProcessModelTest {

    static final String OPERATON_SCHEMAS = "http://operaton.org/schema/";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    @Test
    void everyModelFileIsAProcessOrDecisionThatParses() {
        List<String> names =
                files(PROCESSES).stream().map(Resource::getFilename).toList();
        assertThat(names)
                .allMatch(
                        name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || isPictureOfAModel(name, names),
                        "a .bpmn or .dmn file, or the picture of one");
        assertThat(processes()).isNotEmpty();
        assertThat(decisions()).isNotEmpty();
    }

    @Test
    void modelsUseTheCamundaNamespaceSoCamundaModelerOpensThem() {
        SoftAssertions softly = new SoftAssertions();
        for (Resource file : models()) {
            String camunda = file.getFilename().endsWith(".bpmn") ? CAMUNDA_BPMN : CAMUNDA_DMN;
            softly.assertThat(namespacesIn(file))
                    .as("namespaces of %s", file.getFilename())
                    .contains(camunda)
                    .noneMatch(namespace -> namespace.startsWith(OPERATON_SCHEMAS));
        }
        softly.assertAll();
    }

    @Test
    void everyProcessAndDecisionKeepsItsHistoryForAStatedTime() {
        SoftAssertions softly = new SoftAssertions();
        processes()
                .forEach(model -> model.getModelElementsByType(Process.class)
                        .forEach(process -> softly.assertThat(process.getOperatonHistoryTimeToLiveString())
                                .as("historyTimeToLive of %s", process.getId())
                                .isNotBlank()));
        decisions()
                .forEach(model -> model.getModelElementsByType(Decision.class)
                        .forEach(decision -> softly.assertThat(decision.getOperatonHistoryTimeToLiveString())
                                .as("historyTimeToLive of %s", decision.getId())
                                .isNotBlank()));
        softly.assertAll();
    }

    /**
     * A stage of the case's main flow declares the status of an open case. A task that runs beside the stage (in
     * an event subprocess, like the approval of an extension) or in another process declares none: it would
     * overwrite the status of the stage the case is in.
     */
    @Test
    void everyUserTaskHasAFormADueDateCandidatesAndTheStatusOfAnOpenCase() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (BpmnModelInstance model : processes()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String id = task.getId();
                softly.assertThat(task.getOperatonDueDate())
                        .as("dueDate of %s", id)
                        .isNotBlank();
                softly.assertThat(task.getOperatonCandidateGroups())
                        .as("candidateGroups of %s", id)
                        .isNotBlank();
                if (isCaseStage(task)) {
                    softly.assertThat(caseStatus(task))
                            .as("caseStatus of %s", id)
                            .isIn(statuses(false));
                } else {
                    softly.assertThat(caseStatus(task))
                            .as("caseStatus of %s beside the stage", id)
                            .isNull();
                }
                String form = task.getOperatonFormRef();
                softly.assertThat(form).as("formRef of %s", id).isNotBlank();
                softly.assertThat(formId(form))
                        .as("the id in %s/%s.form", FORMS, form)
                        .isEqualTo(form);
            }
        }
        softly.assertAll();
    }

    /**
     * 每个环节都有时限: every task of every model is due when its clock says, warned before (黄牌) and marked overdue
     * at that moment (红牌), by timers on the task or on the sub-process that holds it.
     */
    @Test
    void everyUserTaskHasAWarningAndAnOverdueTimerAtItsDueDate() {
        SoftAssertions softly = new SoftAssertions();
        for (BpmnModelInstance model : processes()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                Optional<BoundaryEvent> overdue = timersOn(task)
                        .filter(timer -> task.getOperatonDueDate().equals(timeDate(timer)))
                        .findFirst();
                softly.assertThat(overdue)
                        .as("an overdue timer at the due date of %s", task.getId())
                        .isPresent();
                overdue.ifPresent(found -> softly.assertThat(timersOn(found.getAttachedTo()))
                        .as("a warning timer beside %s of %s", found.getId(), task.getId())
                        .anyMatch(timer -> timer != found && !timer.cancelActivity()));
            }
        }
        softly.assertAll();
    }

    @Test
    void everyEndOfTheProcessGivesTheCaseAFinalStatus() {
        SoftAssertions softly = new SoftAssertions();
        forEachTopLevelEnd((end, onMainPath) -> {
            if (onMainPath) {
                softly.assertThat(caseStatus(end))
                        .as("caseStatus of %s", end.getId())
                        .isIn(statuses(true));
            }
        });
        softly.assertAll();
    }

    /**
     * The other ends of the top-level process close a warning or overdue branch while the case goes on: a status
     * there would overwrite the one of the stage the case is in.
     */
    @Test
    void alertBranchesEndWithoutTouchingTheCaseStatus() {
        SoftAssertions softly = new SoftAssertions();
        forEachTopLevelEnd((end, onMainPath) -> {
            if (!onMainPath) {
                softly.assertThat(reachableFrom(nonInterruptingBoundaryEvents(end)))
                        .as("alert branches")
                        .contains(end);
                softly.assertThat(caseStatus(end))
                        .as("caseStatus of %s", end.getId())
                        .isNull();
            }
        });
        softly.assertAll();
    }

    @Test
    void everyElementIsDrawnSoTheModelerCanShowIt() {
        SoftAssertions softly = new SoftAssertions();
        for (BpmnModelInstance model : processes()) {
            softly.assertThat(ids(model.getModelElementsByType(BpmnShape.class).stream()
                            .map(BpmnShape::getBpmnElement)))
                    .as("elements drawn as shapes")
                    .containsAll(ids(model.getModelElementsByType(FlowNode.class).stream()));
            softly.assertThat(ids(model.getModelElementsByType(BpmnEdge.class).stream()
                            .map(BpmnEdge::getBpmnElement)))
                    .as("elements drawn as edges")
                    .containsAll(ids(model.getModelElementsByType(SequenceFlow.class).stream()));
        }
        for (Resource file : files(PROCESSES, ".dmn")) {
            Set<String> decisions = new HashSet<>();
            Set<String> drawn = new HashSet<>();
            forEachElement(root(file), element -> {
                if ("decision".equals(element.getLocalName())) {
                    decisions.add(element.getAttribute("id"));
                } else if ("DMNShape".equals(element.getLocalName())) {
                    drawn.add(element.getAttribute("dmnElementRef"));
                }
            });
            softly.assertThat(drawn)
                    .as("decisions drawn in %s", file.getFilename())
                    .containsAll(decisions);
        }
        softly.assertAll();
    }

    static Set<String> namespacesIn(Resource file) {
        Set<String> namespaces = new HashSet<>();
        forEachElement(root(file), element -> {
            namespaces.add(element.getNamespaceURI());
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                namespaces.add(
                        XMLNS.equals(attribute.getNamespaceURI()) ? attribute.getValue() : attribute.getNamespaceURI());
            }
        });
        namespaces.remove(null);
        return namespaces;
    }

    /** The id written in a form file, or null when there is no such form. */
    static String formId(String form) throws IOException {
        ClassPathResource file = new ClassPathResource(FORMS + "/" + form + ".form");
        if (!file.exists()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new ObjectMapper().readTree(in).path("id").asText(null);
        }
    }

    /** The names of the open, or the final, statuses of a case. */
    static Set<String> statuses(boolean terminal) {
        return Arrays.stream(ComplaintStatus.values())
                .filter(status -> status.isTerminal() == terminal)
                .map(ComplaintStatus::name)
                .collect(Collectors.toSet());
    }

    /** The same, or none: an end that leaves the status the case has. */
    static Set<String> statusesOrNone(boolean terminal) {
        Set<String> allowed = new HashSet<>(statuses(terminal));
        allowed.add(null);
        return allowed;
    }

    /** A user task of the case's own processes that is a stage of the case, not one running beside it. */
    /**
     * The processes whose stages are the case's own and set its status: the complaint's, then, once it is closed, its
     * review (复查, 复核).
     */
    static final Set<String> CASE_PROCESSES = Set.of(ComplaintProcess.KEY, ReviewProcess.KEY);

    static boolean isCaseStage(UserTask task) {
        for (ModelElementInstance scope = task.getParentElement(); scope != null; scope = scope.getParentElement()) {
            if (scope instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
                return false;
            }
            if (scope instanceof org.operaton.bpm.model.bpmn.instance.Process process) {
                return CASE_PROCESSES.contains(process.getId());
            }
        }
        return false;
    }

    /** A rendering of a model for readers ({@code complaint-handling.png} beside {@code complaint-handling.bpmn}). */
    static boolean isPictureOfAModel(String name, List<String> names) {
        return name.endsWith(".png") && names.contains(name.replaceAll("\\.png$", ".bpmn"));
    }

    static List<Resource> models() {
        return files(PROCESSES).stream()
                .filter(file -> file.getFilename().endsWith(".bpmn")
                        || file.getFilename().endsWith(".dmn"))
                .toList();
    }

    /** The status an activity declares in its {@code caseStatus} extension property, as written. */
    static String caseStatus(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        return extensions.getElementsQuery().filterByType(OperatonProperties.class).list().stream()
                .flatMap(properties -> properties.getOperatonProperties().stream())
                .filter(property -> ComplaintStatus.PROPERTY.equals(property.getOperatonName()))
                .map(OperatonProperty::getOperatonValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * Each end event of the complaint process, and whether the path from its start leads there; the review's ends
     * on its main path leave the case closed or close it again, the others are its alert branches; other processes
     * (supervision) never change the case status.
     */
    static void forEachTopLevelEnd(BiConsumer<EndEvent, Boolean> action) {
        for (BpmnModelInstance model : processes()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (ReviewProcess.KEY.equals(process.getId())) {
                    // the case is closed when its review begins: an end that sets no status leaves it closed
                    Set<FlowNode> mainPath = reachableFrom(process.getChildElementsByType(StartEvent.class));
                    process.getChildElementsByType(EndEvent.class).forEach(end -> {
                        if (mainPath.contains(end)) {
                            assertThat(caseStatus(end))
                                    .as("caseStatus of %s", end.getId())
                                    .isIn(statusesOrNone(true));
                        } else {
                            action.accept(end, false);
                        }
                    });
                    continue;
                }
                if (!ComplaintProcess.KEY.equals(process.getId())) {
                    process.getChildElementsByType(EndEvent.class)
                            .forEach(end -> assertThat(caseStatus(end))
                                    .as("caseStatus of %s", end.getId())
                                    .isNull());
                    continue;
                }
                Set<FlowNode> mainPath = reachableFrom(process.getChildElementsByType(StartEvent.class));
                process.getChildElementsByType(EndEvent.class)
                        .forEach(end -> action.accept(end, mainPath.contains(end)));
            }
        }
    }

    /** The timers on an activity and on every sub-process around it. */
    static Stream<BoundaryEvent> timersOn(Activity activity) {
        Collection<BoundaryEvent> all = activity.getModelInstance().getModelElementsByType(BoundaryEvent.class);
        List<Activity> scopes = new ArrayList<>();
        for (ModelElementInstance scope = activity; scope instanceof Activity each; scope = scope.getParentElement()) {
            scopes.add(each);
        }
        return all.stream()
                .filter(event -> scopes.contains(event.getAttachedTo()))
                .filter(event -> !event.getChildElementsByType(TimerEventDefinition.class)
                        .isEmpty());
    }

    static String timeDate(BoundaryEvent timer) {
        TimeDate date = timer.getChildElementsByType(TimerEventDefinition.class)
                .iterator()
                .next()
                .getTimeDate();
        return date == null ? null : date.getTextContent().strip();
    }

    static List<BoundaryEvent> nonInterruptingBoundaryEvents(FlowNode anyNode) {
        return anyNode.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> !event.cancelActivity())
                .toList();
    }

    /** The nodes the sequence flows lead to from these, these included; a boundary event is no node's target. */
    static Set<FlowNode> reachableFrom(Collection<? extends FlowNode> starts) {
        Set<FlowNode> reached = new HashSet<>(starts);
        Deque<FlowNode> open = new ArrayDeque<>(starts);
        while (!open.isEmpty()) {
            for (SequenceFlow flow : open.pop().getOutgoing()) {
                if (reached.add(flow.getTarget())) {
                    open.push(flow.getTarget());
                }
            }
        }
        return reached;
    }

    static Set<String> ids(Stream<? extends BaseElement> elements) {
        return elements.map(BaseElement::getId).collect(Collectors.toSet());
    }
}
