package org.xinfang.petition.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The forms of the user tasks, read once from {@code forms/} (the files the engine deploys), by form id. */
@Component
class TaskForms {

    static final String LOCATION = "classpath*:forms/*.form";

    private final Map<String, TaskForm> byId;

    TaskForms(ObjectMapper json) {
        Map<String, TaskForm> forms = new HashMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = file.getInputStream()) {
                    TaskForm form = TaskForm.of(json.readTree(in));
                    forms.put(form.id(), form);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the task forms", e);
        }
        this.byId = Map.copyOf(forms);
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
