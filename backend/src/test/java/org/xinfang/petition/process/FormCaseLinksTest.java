package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.xinfang.petition.support.ModelFiles;

/**
 * Every user task's form in {@code forms/} opens its record's page in the workbench with one click in Tasklist (the
 * forms of the workbench's own actions that are no task, such as a flag, never show there): a markdown link
 * in a text component whose id ends in {@code _caselink}, templated with the instance's tracking number (the
 * variable {@link TaskNames} sets); consultations open the consultation's page, every other form the case's.
 */
class FormCaseLinksTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFormLinksToItsRecordsPageInTheWorkbench() {
        Set<String> taskForms = ModelFiles.processes().stream()
                .flatMap(model -> model.getModelElementsByType(UserTask.class).stream())
                .map(UserTask::getOperatonFormRef)
                .collect(Collectors.toSet());
        List<Resource> forms = ModelFiles.files(ModelFiles.FORMS, ".form").stream()
                .filter(form -> taskForms.contains(form.getFilename().replace(".form", "")))
                .toList();
        assertThat(forms).hasSize(taskForms.size()).hasSizeGreaterThanOrEqualTo(13);
        SoftAssertions softly = new SoftAssertions();
        for (Resource form : forms) {
            JsonNode root = read(form);
            String page = root.get("id").asText().contains("consultation") ? "consultations" : "cases";
            List<JsonNode> links = StreamSupport.stream(root.get("components").spliterator(), false)
                    .filter(component -> component.path("id").asText().endsWith("_caselink"))
                    .toList();
            softly.assertThat(links)
                    .as("the case links of %s", form.getFilename())
                    .hasSize(1);
            links.forEach(link -> {
                softly.assertThat(link.get("type").asText())
                        .as(form.getFilename())
                        .isEqualTo("text");
                softly.assertThat(link.get("text").asText())
                        .as(form.getFilename())
                        .matches("\\[\\p{IsHan}+ Open the \\w+]\\(/workbench/" + page + "/\\{\\{"
                                + TaskNames.TRACKING_NUMBER + "}}\\)");
            });
        }
        softly.assertAll();
    }

    private JsonNode read(Resource form) {
        try (InputStream in = form.getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
