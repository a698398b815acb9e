package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.ModelFiles.PROCESSES;
import static org.xinfang.petition.support.ModelFiles.decisions;
import static org.xinfang.petition.support.ModelFiles.parse;
import static org.xinfang.petition.support.ModelFiles.processes;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.Message;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;
import org.operaton.bpm.model.dmn.instance.Decision;
import org.operaton.bpm.model.dmn.instance.Input;
import org.operaton.bpm.model.dmn.instance.Output;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.consultation.ConsultationProcess;
import org.xinfang.petition.disclosure.DisclosureProcess;
import org.xinfang.petition.supervision.SupervisionProcess;
import org.xinfang.petition.support.ModelFiles;

/**
 * Every id that a names class holds names something in its model, so that code and tests that use the constant
 * cannot drift from the model. Read by reflection, without the application: each {@code String} constant of the
 * class and its nested classes, and each {@code taskKey()} of its enums, must be
 * <ul>
 *   <li>in a nested class {@code Message}: the name of a message of the model;
 *   <li>in a nested class {@code Error}: the code of an error of the model;
 *   <li>in a nested class {@code Property}, or a constant named {@code PROPERTY}: the name of an extension
 *       property of the model;
 *   <li>a constant whose name ends in {@code DECISION}: the id of a decision in {@code processes/*.dmn};
 *   <li>in a nested class whose name ends in {@code Table}: an input or output of a decision table there;
 *   <li>in a nested class {@code Var}: not checked, for a variable may be form input the model never names;
 *   <li>anything else: the id of an element of the model (the process, an activity, an event, a flow, ...).
 * </ul>
 */
class ModelIdsTest {

    /** Each names class and the model file whose names it holds. */
    static final Map<Class<?>, String> NAMES = Map.of(
            ComplaintProcess.class, "complaint-handling.bpmn",
            ComplaintStatus.class, "complaint-handling.bpmn",
            ConsultationProcess.class, "consultation.bpmn",
            SupervisionProcess.class, "supervision.bpmn",
            RectificationProcess.class, "rectification.bpmn",
            ReviewProcess.class, "complaint-review.bpmn",
            DisclosureProcess.class, "reply-disclosure.bpmn");

    @Test
    void everyIdOfANamesClassNamesAnElementOfItsModel() {
        SoftAssertions softly = new SoftAssertions();
        NAMES.forEach((names, file) -> {
            List<Constant> constants = constantsOf(names);
            softly.assertThat(constants).as("ids of %s", names.getSimpleName()).isNotEmpty();
            softly.assertThat(unknown(constants, ModelNames.of(file)))
                    .as("ids of %s that %s lacks", names.getSimpleName(), file)
                    .isEmpty();
        });
        softly.assertAll();
    }

    @Test
    void everyProcessAndDecisionHasItsKeyInANamesClass() {
        List<Constant> constants = NAMES.keySet().stream()
                .flatMap(names -> constantsOf(names).stream())
                .toList();
        assertThat(processes().stream()
                        .flatMap(model -> model.getModelElementsByType(Process.class).stream())
                        .map(Process::getId))
                .as("process keys")
                .allMatch(key -> constants.stream()
                        .anyMatch(constant -> constant.name().endsWith(".KEY")
                                && constant.value().equals(key)));
        assertThat(decisions().stream()
                        .flatMap(model -> model.getModelElementsByType(Decision.class).stream())
                        .map(Decision::getId))
                .as("decision keys")
                .allMatch(key -> constants.stream()
                        .anyMatch(constant -> constant.kind().equals("decision")
                                && constant.value().equals(key)));
    }

    /** A names class with one misspelling of each kind of name, and one name of each kind spelled right. */
    static final class Misspelled {
        static final String KEY = "complaint-handling";
        static final String ROUTING_DECISION = "bureau-routing";
        static final String LIMITS_DECISION = "time-limit";
        static final String PROPERTY = "caseStatuss";

        enum Step {
            TRIAGE("userTask_triage"),
            SIGN_FOR("userTask_signFro");

            private final String taskKey;

            Step(String taskKey) {
                this.taskKey = taskKey;
            }

            String taskKey() {
                return taskKey;
            }
        }

        static final class Boundary {
            static final String HANDLING_OVERDUE = "boundaryEvent_handlingOverdue";
            static final String SIGN_FOR_OVERDUE = "boundaryEvent_signforOverdue";
            /** A message's name is no element id. */
            static final String WITHDRAWN = "ComplaintWithdrawn";
        }

        static final class Message {
            static final String WITHDRAWN = "ComplaintWithdrawn";
            /** An element's id is no message name. */
            static final String REQUESTED = "message_materialRequested";
        }

        static final class Var {
            static final String ANY = "not a name in the model, and not checked";
        }

        static final class TimeLimitsTable {
            static final String STAGE = "stage";
            static final String WARNING = "warning";
        }
    }

    @Test
    void aMisspelledIdOfAnyKindFails() {
        List<Constant> constants = constantsOf(Misspelled.class);
        assertThat(constants)
                .extracting(Constant::name)
                .contains(
                        "Misspelled.KEY",
                        "Misspelled.Step.TRIAGE",
                        "Misspelled.Boundary.HANDLING_OVERDUE",
                        "Misspelled.Message.WITHDRAWN")
                .doesNotContain("Misspelled.Var.ANY");

        assertThat(unknown(constants, ModelNames.of("complaint-handling.bpmn")))
                .containsExactlyInAnyOrder(
                        "Misspelled.LIMITS_DECISION = time-limit names no decision",
                        "Misspelled.PROPERTY = caseStatuss names no extension property",
                        "Misspelled.Step.SIGN_FOR = userTask_signFro names no element",
                        "Misspelled.Boundary.SIGN_FOR_OVERDUE = boundaryEvent_signforOverdue names no element",
                        "Misspelled.Boundary.WITHDRAWN = ComplaintWithdrawn names no element",
                        "Misspelled.Message.REQUESTED = message_materialRequested names no message",
                        "Misspelled.TimeLimitsTable.WARNING = warning names no decision table column");
    }

    /** The constants that name nothing of their kind in the model, each as a sentence. */
    static List<String> unknown(List<Constant> constants, ModelNames model) {
        List<String> unknown = new ArrayList<>();
        for (Constant constant : constants) {
            String kind = constant.kind();
            Set<String> known = switch (kind) {
                case "message" -> model.messages();
                case "error" -> model.errors();
                case "extension property" -> model.properties();
                case "decision" -> model.decisions();
                case "decision table column" -> model.columns();
                default -> model.elements();
            };
            if (!known.contains(constant.value())) {
                unknown.add("%s = %s names no %s".formatted(constant.name(), constant.value(), kind));
            }
        }
        return unknown;
    }

    /** An id constant of a names class: where it is declared, what kind of name it holds, and its value. */
    record Constant(String name, String kind, String value) {}

    /** Every checked constant of a names class and its nested classes, in declaration order. */
    static List<Constant> constantsOf(Class<?> names) {
        List<Constant> constants = new ArrayList<>();
        collect(names, names.getSimpleName(), null, constants);
        return constants;
    }

    private static void collect(Class<?> type, String path, String kind, List<Constant> constants) {
        String own = switch (type.getSimpleName()) {
            case "Var" -> "variable";
            case "Message" -> "message";
            case "Error" -> "error";
            case "Property" -> "extension property";
            default -> type.getSimpleName().endsWith("Table") ? "decision table column" : kind;
        };
        if ("variable".equals(own)) {
            return;
        }
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                String name = path + "." + field.getName();
                constants.add(new Constant(name, kindOf(field.getName(), own), (String) read(field, null)));
            }
        }
        if (type.isEnum()) {
            Method taskKey = taskKeyOf(type);
            if (taskKey != null) {
                for (Object stage : type.getEnumConstants()) {
                    constants.add(new Constant(
                            path + "." + ((Enum<?>) stage).name(), "element", (String) invoke(taskKey, stage)));
                }
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            collect(nested, path + "." + nested.getSimpleName(), own, constants);
        }
    }

    private static String kindOf(String field, String declared) {
        if (declared != null) {
            return declared;
        }
        if (field.equals("PROPERTY")) {
            return "extension property";
        }
        return field.endsWith("DECISION") ? "decision" : "element";
    }

    private static Method taskKeyOf(Class<?> type) {
        try {
            Method method = type.getDeclaredMethod("taskKey");
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a model names: its elements' ids, its messages, errors and extension properties; and every decision, with
     * the inputs and outputs of its table.
     */
    record ModelNames(
            Set<String> elements,
            Set<String> messages,
            Set<String> errors,
            Set<String> properties,
            Set<String> decisions,
            Set<String> columns) {

        static ModelNames of(String file) {
            BpmnModelInstance model = parse(new ClassPathResource(PROCESSES + "/" + file), Bpmn::readModelFromStream);
            return new ModelNames(
                    model.getModelElementsByType(BaseElement.class).stream()
                            .map(BaseElement::getId)
                            .collect(Collectors.toSet()),
                    model.getModelElementsByType(Message.class).stream()
                            .map(Message::getName)
                            .collect(Collectors.toSet()),
                    model.getModelElementsByType(org.operaton.bpm.model.bpmn.instance.Error.class).stream()
                            .map(org.operaton.bpm.model.bpmn.instance.Error::getErrorCode)
                            .collect(Collectors.toSet()),
                    model.getModelElementsByType(OperatonProperty.class).stream()
                            .map(OperatonProperty::getOperatonName)
                            .collect(Collectors.toSet()),
                    ModelFiles.decisions().stream()
                            .flatMap(dmn -> dmn.getModelElementsByType(Decision.class).stream())
                            .map(Decision::getId)
                            .collect(Collectors.toSet()),
                    ModelFiles.decisions().stream()
                            .flatMap(dmn -> Stream.concat(
                                    dmn.getModelElementsByType(Input.class).stream()
                                            .map(input -> input.getInputExpression()
                                                    .getText()
                                                    .getTextContent()),
                                    dmn.getModelElementsByType(Output.class).stream()
                                            .map(Output::getName)))
                            .collect(Collectors.toSet()));
        }
    }
}
