package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.internal.path.json.JSONAssertion;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The tests' JSON paths compiled once each (see {@link JSONAssertion}) answer as REST Assured's own. */
class JsonPathsTest {

    private static final String CASE = """
            {"trackingNumber": "XF-1", "status": "IN_HANDLING",
             "timeline": [{"type": "FILED", "by": null}, {"type": "DISPATCHED", "by": {"unit": "640104"}}],
             "errors": []}""";

    @Test
    void theTestsUseTheCompilingOnceEvaluation() {
        assertThat(JSONAssertion.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .as("the test classes' copy, ahead of json-path's jar")
                .doesNotEndWith(".jar");
    }

    @Test
    void readsPropertiesIndexesAndListsAsGroovyPathsDo() {
        JsonPath json = new JsonPath(CASE);

        assertThat(json.getString("status")).isEqualTo("IN_HANDLING");
        assertThat(json.getList("timeline.type")).containsExactly("FILED", "DISPATCHED");
        assertThat(json.getString("timeline[-1].by.unit")).isEqualTo("640104");
        assertThat(json.getString("timeline.find { it.type == 'FILED' }.type")).isEqualTo("FILED");
        assertThat(json.getInt("timeline.size()")).isEqualTo(2);
        assertThat(json.getList("errors")).isEmpty();
        assertThat(json.getMap("$")).containsKey("trackingNumber");
    }

    @Test
    void answersEachDocumentWithItsOwnValuesWhenThePathIsReused() {
        assertThat(new JsonPath("{\"status\": \"RECEIVED\"}").getString("status"))
                .isEqualTo("RECEIVED");
        assertThat(new JsonPath("{\"status\": \"CLOSED\"}").getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void aMissingPropertyOrANullStepIsNull() {
        JsonPath json = new JsonPath(CASE);

        assertThat(json.getString("nothing")).isNull();
        assertThat(json.getString("timeline[0].by.unit")).isNull();
        assertThat(json.getString("nothing[0].type")).isNull();
    }

    @Test
    void takesParametersAndNamesOneThatIsMissing() {
        JsonPath json = new JsonPath(CASE);

        assertThat(json.param("wanted", "DISPATCHED").getString("timeline.find { it.type == wanted }.by.unit"))
                .isEqualTo("640104");
        assertThatThrownBy(() -> new JsonPath(CASE).getString("timeline.find { it.type == unknown }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The parameter \"unknown\" was used but not defined");
    }

    @Test
    void anExpressionThatDoesNotCompileIsAnInvalidPath() {
        assertThatThrownBy(() -> new JsonPath(CASE).getString("timeline.find {"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid JSON expression:");
    }
}
