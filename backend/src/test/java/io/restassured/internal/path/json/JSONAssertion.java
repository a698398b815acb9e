package io.restassured.internal.path.json;

import static io.restassured.internal.common.assertion.AssertionSupport.attributeGetter;
import static io.restassured.internal.common.assertion.AssertionSupport.classKeyword;
import static io.restassured.internal.common.assertion.AssertionSupport.escapePath;
import static io.restassured.internal.common.assertion.AssertionSupport.generateWhitespace;
import static io.restassured.internal.common.assertion.AssertionSupport.hyphen;
import static io.restassured.internal.common.assertion.AssertionSupport.integer;
import static io.restassured.internal.common.assertion.AssertionSupport.properties;

import groovy.lang.Binding;
import groovy.lang.GroovyClassLoader;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import io.restassured.internal.common.assertion.Assertion;
import io.restassured.internal.common.assertion.PathFragmentEscaper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * REST Assured's JSON path evaluation (json-path 5.5.7's {@code JSONAssertion}, same behaviour and messages) with
 * each expression compiled once. The library's own class compiles a new Groovy script, in a new class loader, for
 * every {@code body("a.b", …)} and {@code jsonPath().get("a.b")}: a third of the test JVM's work and much of its JIT's.
 * This class is on the test class path ahead of the library's jar, so it replaces it in tests only;
 * {@code JsonPathsTest} proves it is the one loaded and that it answers as the library does.
 */
public class JSONAssertion implements Assertion {

    private static final String ROOT = "restAssuredJsonRootObject";
    /** The library names every script Script1 and tells a missing parameter by that name. */
    private static final String SCRIPT_NAME = "Script1";

    private static final Pattern STARTS_WITH_INDEX = Pattern.compile("^\\[-?\\d+].*");
    private static final Map<String, Class<?>> COMPILED = new ConcurrentHashMap<>();

    private String key;
    private Map<String, Object> params;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Map<String, Object> getParams() {
        return params;
    }

    public void setParams(Map<String, Object> params) {
        this.params = params;
    }

    @Override
    public Object getResult(Object object, Object config) {
        return getAsJsonObject(object);
    }

    public Object getAsJsonObject(Object object) {
        key = (String) escapePath(
                key,
                (PathFragmentEscaper) hyphen(),
                (PathFragmentEscaper) attributeGetter(),
                (PathFragmentEscaper) integer(),
                (PathFragmentEscaper) properties(),
                (PathFragmentEscaper) classKeyword());
        if ("$".equals(key) || key.isEmpty()) {
            return object;
        }
        String expression = STARTS_WITH_INDEX.matcher(key).matches() ? ROOT + key : ROOT + "." + key;
        try {
            return eval(object, expression);
        } catch (MissingPropertyException e) {
            String message = e.getMessage();
            if (message != null
                    && message.startsWith("No such property:")
                    && message.endsWith("for class: " + SCRIPT_NAME)) {
                throw new IllegalArgumentException(
                        String.format(
                                "The parameter \"%s\" was used but not defined. Define parameters using the JsonPath.param(...) function",
                                e.getProperty()),
                        e);
            }
            return null;
        } catch (NullPointerException e) {
            String message = e.getMessage();
            if ("Cannot invoke method getAt() on null object".equals(message)
                    || (message != null
                            && message.startsWith("Cannot get property")
                            && message.endsWith("on null object"))) {
                return null;
            }
            throw invalid(e);
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }

    @Override
    public String description() {
        return "JSON path";
    }

    private Object eval(Object object, String expression) {
        Map<String, Object> variables = params == null ? new HashMap<>() : new HashMap<>(params);
        variables.put(ROOT, object);
        Class<?> script = COMPILED.computeIfAbsent(expression, JSONAssertion::compile);
        Script run = InvokerHelper.createScript(script, new Binding(variables));
        return run.run();
    }

    private static Class<?> compile(String expression) {
        // A loader of its own per expression, as each is named Script1.
        try (GroovyClassLoader loader = new GroovyClassLoader(JSONAssertion.class.getClassLoader())) {
            return loader.parseClass(expression, SCRIPT_NAME + ".groovy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalArgumentException invalid(RuntimeException e) {
        String message = String.valueOf(e.getMessage())
                .replace("startup failed:", "Invalid JSON expression:")
                .replace(ROOT + ".", generateWhitespace(ROOT.length()));
        return new IllegalArgumentException(message, e);
    }
}
