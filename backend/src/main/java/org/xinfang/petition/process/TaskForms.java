package org.xinfang.petition.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The forms of the user tasks, read once from {@code forms/} (the files the engine deploys), by form id: the rules a
 * submission must keep, and the definitions the workbench renders.
 */
@Component
public class TaskForms {

    static final String LOCATION = "classpath*:forms/*.form";

    private final Map<String, TaskForm> byId;
    private final Map<String, FormDefinition> definitions;

    TaskForms(ObjectMapper json) {
        Map<String, TaskForm> forms = new HashMap<>();
        Map<String, FormDefinition> views = new HashMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = file.getInputStream()) {
                    JsonNode definition = json.readTree(in);
                    TaskForm form = TaskForm.of(definition);
                    forms.put(form.id(), form);
                    views.put(form.id(), FormDefinition.of(definition));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the task forms", e);
        }
        this.byId = Map.copyOf(forms);
        this.definitions = Map.copyOf(views);
    }

    /** The form with this id as a page renders it. */
    public FormDefinition definition(String formId) {
        FormDefinition form = definitions.get(formId);
        if (form == null) {
            throw new IllegalArgumentException("No form " + formId + " in forms/");
        }
        return form;
    }

    /** The form a task declares ({@code camunda:formRef}); a task without one takes no input at all. */
    TaskForm of(String formId) {
        TaskForm form = formId == null ? null : byId.get(formId);
        if (form == null) {
            return new TaskForm(formId, Map.of());
        }
        return form;
    }
}
