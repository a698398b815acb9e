package org.xinfang.petition.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The models in {@code processes/} and the forms in {@code forms/}, as the build puts them on the classpath and
 * the engine deploys them: parsed with the model API, or read as plain XML for what that API hides (namespaces,
 * every expression wherever it is written).
 */
public final class ModelFiles {

    public static final String PROCESSES = "processes";
    public static final String FORMS = "forms";
    /** Camunda Modeler reads and writes only the Camunda namespaces; the engine reads them too. */
    public static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";

    public static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

    private ModelFiles() {}

    public static List<Resource> files(String folder) {
        try {
            return Arrays.asList(new PathMatchingResourcePatternResolver().getResources("classpath:" + folder + "/*"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    public static List<Resource> files(String folder, String extension) {
        return files(folder).stream()
                .filter(file -> file.getFilename().endsWith(extension))
                .toList();
    }

    public static List<BpmnModelInstance> processes() {
        return files(PROCESSES, ".bpmn").stream()
                .map(file -> parse(file, Bpmn::readModelFromStream))
                .toList();
    }

    public static List<DmnModelInstance> decisions() {
        return files(PROCESSES, ".dmn").stream()
                .map(file -> parse(file, Dmn::readModelFromStream))
                .toList();
    }

    public static <T> T parse(Resource file, Function<InputStream, T> reader) {
        try (InputStream in = file.getInputStream()) {
            return reader.apply(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(file.getFilename() + " does not parse", e);
        }
    }

    /** The document element of an XML file, namespace-aware. */
    public static Element root(Resource file) {
        return parse(file, in -> {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                return factory.newDocumentBuilder().parse(in).getDocumentElement();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The element and all elements below it, in document order. */
    public static void forEachElement(Element element, Consumer<Element> action) {
        action.accept(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                forEachElement(childElement, action);
            }
        }
    }

    /** An element holding text only, such as a condition or a timer's date. */
    public static boolean isLeaf(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return false;
            }
        }
        return true;
    }
}
