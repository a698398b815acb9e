package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.ModelFiles.CAMUNDA_BPMN;
import static org.xinfang.petition.support.ModelFiles.forEachElement;
import static org.xinfang.petition.support.ModelFiles.isLeaf;
import static org.xinfang.petition.support.ModelFiles.root;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.xinfang.petition.support.ModelFiles;
import org.xinfang.petition.support.PetitionTest;

/**
 * Every Spring bean the processes call exists, with the kind or method the call needs. The engine resolves an
 * expression only when a case reaches it, so a misspelt bean would otherwise fail one case in production.
 */
@PetitionTest
class ProcessModelBeansTest {

    /** {@code ${bean}}, as a delegate expression names its delegate. */
    static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*(\\w+)\\s*}$");
    /** {@code ${bean.method(...)}} anywhere in an expression. */
    static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*(\\w+)\\.(\\w+)\\(");
    /** What the engine itself offers an expression: not beans. */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");
    /** What a delegate expression must name, by the element that holds it; a service task's is a JavaDelegate. */
    static final Map<String, Class<?>> DELEGATE_KINDS =
            Map.of("taskListener", TaskListener.class, "executionListener", ExecutionListener.class);

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanTheProcessesCallIsASpringBeanOfTheRightKind() {
        SoftAssertions softly = new SoftAssertions();
        List<String> calls = new ArrayList<>();
        for (Resource file : ModelFiles.files(ModelFiles.PROCESSES, ".bpmn")) {
            forEachElement(root(file), element -> {
                for (Attr attribute : camundaAttributes(element)) {
                    if ("delegateExpression".equals(attribute.getLocalName())) {
                        calls.add(checkDelegate(softly, element, attribute.getValue()));
                    }
                    calls.addAll(checkBeanCalls(softly, attribute.getValue()));
                }
                if (isLeaf(element)) {
                    calls.addAll(checkBeanCalls(softly, element.getTextContent()));
                }
            });
        }
        assertThat(calls).as("the beans the processes call").isNotEmpty();
        softly.assertAll();
    }

    String checkDelegate(SoftAssertions softly, Element holder, String expression) {
        Matcher bean = BEAN.matcher(expression);
        softly.assertThat(bean.matches())
                .as("delegate expression %s names a bean", expression)
                .isTrue();
        if (!bean.matches()) {
            return expression;
        }
        String name = bean.group(1);
        Class<?> kind = DELEGATE_KINDS.getOrDefault(holder.getLocalName(), JavaDelegate.class);
        if (exists(softly, name)) {
            softly.assertThat(context.getBean(name))
                    .as("bean %s in a %s", name, holder.getLocalName())
                    .isInstanceOf(kind);
        }
        return name;
    }

    List<String> checkBeanCalls(SoftAssertions softly, String expression) {
        List<String> calls = new ArrayList<>();
        Matcher call = BEAN_CALL.matcher(expression);
        while (call.find()) {
            String name = call.group(1);
            String method = call.group(2);
            if (!ENGINE_NAMES.contains(name) && exists(softly, name)) {
                softly.assertThat(Arrays.stream(context.getType(name).getMethods())
                                .map(Method::getName))
                        .as("public methods of bean %s", name)
                        .contains(method);
                // The expression language calls a method only through a public class.
                softly.assertThat(Arrays.stream(context.getType(name).getMethods())
                                .filter(candidate -> candidate.getName().equals(method))
                                .map(Method::getDeclaringClass))
                        .as("classes declaring %s.%s", name, method)
                        .allMatch(type -> Modifier.isPublic(type.getModifiers()));
                calls.add(name + "." + method);
            }
        }
        return calls;
    }

    boolean exists(SoftAssertions softly, String name) {
        softly.assertThat(context.containsBean(name))
                .as("a bean named %s", name)
                .isTrue();
        return context.containsBean(name);
    }

    /**
     * The engine's extension attributes: {@code camunda:} attributes of BPMN elements, and every plain attribute of
     * a {@code camunda:} element such as a task listener (an unprefixed attribute has no namespace of its own).
     */
    static List<Attr> camundaAttributes(Element element) {
        boolean camundaElement = CAMUNDA_BPMN.equals(element.getNamespaceURI());
        List<Attr> found = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (CAMUNDA_BPMN.equals(namespace) || camundaElement && namespace == null) {
                found.add(attribute);
            }
        }
        return found;
    }
}
