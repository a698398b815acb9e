package org.xinfang.petition.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.PetitionTest;

/** The OpenAPI description of /api/v1, what it says of the API as a whole, and its browsable UI, served to everyone. */
@PetitionTest
class ApiDocsTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentDescribesEveryEndpointOfTheApi() {
        Map<String, Object> paths = given().port(port)
                .get("/v3/api-docs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");

        assertThat(paths)
                .containsKeys(
                        "/api/v1/complaints",
                        "/api/v1/lookup",
                        "/api/v1/complaints/{trackingNumber}",
                        "/api/v1/complaints/{trackingNumber}/triage",
                        "/api/v1/complaints/{trackingNumber}/dispatch",
                        "/api/v1/complaints/{trackingNumber}/sign-for",
                        "/api/v1/complaints/{trackingNumber}/return",
                        "/api/v1/complaints/{trackingNumber}/reply",
                        "/api/v1/complaints/{trackingNumber}/reply-approval",
                        "/api/v1/complaints/{trackingNumber}/callback",
                        "/api/v1/complaints/{trackingNumber}/review",
                        "/api/v1/work-queue",
                        "/api/v1/reference/regions",
                        "/api/v1/reference/units");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void theDocumentNamesTheApiItsVersionAndTheWaysStaffSignIn() {
        JsonPath document = given().port(port)
                .get("/v3/api-docs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(document.getString("info.title")).contains("信访投诉办理系统", "Petition and complaint handling API");
        assertThat(document.getString("info.version")).isEqualTo("v1");
        assertThat(document.getString("info.description")).contains("RFC 7807", "/api/v1/session/tokens");
        assertThat(document.getString("info.license.name")).isEqualTo("Apache-2.0");
        assertThat(document.getMap("components.securitySchemes"))
                .containsOnlyKeys(ApiDocumentation.BASIC, ApiDocumentation.BEARER, ApiDocumentation.SESSION);
        assertThat(document.getString("components.securitySchemes.basicAuth.scheme"))
                .isEqualTo("basic");
        assertThat(document.getString("components.securitySchemes.bearerToken.scheme"))
                .isEqualTo("bearer");
        assertThat(document.getString("components.securitySchemes.browserSession.in"))
                .isEqualTo("cookie");
    }

    @Test
    void eachOperationIsSummedUpByItsJavadoc() {
        JsonPath document = given().port(port)
                .get("/v3/api-docs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(document.getString("paths.'/api/v1/supervision/board'.get.summary"))
                .startsWith("督办看板: overdue and at-risk cases");
        assertThat(document.getString("paths.'/api/v1/supervision/visits'.post.summary"))
                .contains("明查暗访");
    }

    @Test
    void everyOperationHasASummary() {
        Map<String, Map<String, Map<String, Object>>> paths = given().port(port)
                .get("/v3/api-docs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");

        List<String> unsummed = paths.entrySet().stream()
                .flatMap(path -> path.getValue().entrySet().stream()
                        .filter(operation -> {
                            Object summary = operation.getValue().get("summary");
                            return summary == null || summary.toString().isBlank();
                        })
                        .map(operation -> operation.getKey() + " " + path.getKey()))
                .toList();
        assertThat(unsummed)
                .as("operations without a summary (a Javadoc on the controller method)")
                .isEmpty();
    }

    @Test
    void everyOperationIsDescribedAndAnswersItsErrorsAsProblems() {
        List<String> wanting = operations().entrySet().stream()
                .filter(operation -> {
                    JsonPath answers = operation.getValue();
                    List<String> errors = answers.getMap("responses").keySet().stream()
                            .map(String::valueOf)
                            .filter(status -> status.startsWith("4"))
                            .toList();
                    boolean problems = !errors.isEmpty()
                            && errors.stream().allMatch(status -> isProblem(answers, "responses.'" + status + "'"));
                    return isBlank(answers.getString("summary"))
                            || isBlank(answers.getString("description"))
                            || !problems;
                })
                .map(Map.Entry::getKey)
                .toList();
        assertThat(wanting)
                .as("operations without a summary, a description, a 4xx answer, or with one not a problem")
                .isEmpty();
    }

    @Test
    void everyRequestBodyHasAnExample() {
        List<String> wanting = operations().entrySet().stream()
                .filter(operation -> operation.getValue().getMap("requestBody") != null)
                .filter(operation -> operation.getValue().getMap("requestBody.content").keySet().stream()
                        .anyMatch(
                                type -> operation.getValue().get("requestBody.content.'" + type + "'.example") == null))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(wanting).as("request bodies without an example").isEmpty();
    }

    @Test
    void theErrorAnswersFollowTheOperationAndTheSecurityConfiguration() {
        JsonPath document = document();
        String filing = "paths.'/api/v1/complaints'.post";
        assertThat(document.getMap(filing + ".responses")).containsKeys("400", "409", "413", "415", "429");
        assertThat(document.getMap(filing + ".responses")).doesNotContainKeys("401", "403");
        assertThat(document.getMap("paths.'/api/v1/lookup'.post.responses")).containsKeys("400", "429");

        String detail = "paths.'/api/v1/complaints/{trackingNumber}'.get";
        assertThat(document.getMap(detail + ".responses")).containsKeys("401", "403", "404");
        assertThat(document.getList(detail + ".security")).isNotEmpty();
        assertThat(document.getMap("paths.'/api/v1/complaints/{trackingNumber}/triage'.post.responses"))
                .containsKeys("400", "401", "403", "404", "409");
        assertThat(document.getString("paths.'/api/v1/admin/staff'.get.responses.'403'.description"))
                .contains("administrators only");

        String invalid = filing + ".responses.'400'.content.'" + PROBLEM_JSON + "'.example";
        assertThat(document.getInt(invalid + ".status")).isEqualTo(400);
        assertThat(document.getString(invalid + ".title")).contains("请求", "Invalid request");
        assertThat(document.getString(invalid + ".errors[0].field"))
                .as("the first field the filing requires")
                .isEqualTo(document.getString("components.schemas.FileComplaintRequest.required[0]"));
        assertThat(document.getString(invalid + ".errors[0].messageEn")).isNotBlank();
        assertThat(document.getMap("components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail", "code", "errors");
    }

    @Test
    void theCitizensFilingAndTheStaffsActsHaveRealisticExamples() {
        JsonPath document = document();
        String filing = "paths.'/api/v1/complaints'.post.requestBody.content.'application/json'.example";
        assertThat(document.getString(filing + ".complainant.name")).isEqualTo("张伟");
        assertThat(document.getString(filing + ".complainant.idNumber")).hasSize(18);
        assertThat(document.getString(filing + ".subject")).isNotBlank();
        assertThat(document.getString(filing + ".category")).isNotBlank();
        assertThat(document.getString("paths.'/api/v1/lookup'.post.requestBody.content.'application/json'"
                        + ".example.trackingNumber"))
                .startsWith("XF");
        assertThat(document.getString("paths.'/api/v1/complaints/{trackingNumber}/return'.post.requestBody.content"
                        + ".'application/json'.example.reason"))
                .isEqualTo("不属于本单位管辖范围");
    }

    @Test
    void theSwaggerUiIsServed() {
        given().port(port).get("/swagger-ui.html").then().statusCode(200).body(containsString("Swagger UI"));
    }

    private JsonPath document() {
        return given().port(port)
                .get("/v3/api-docs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every operation ("post /api/v1/lookup") with its part of the document. */
    private Map<String, JsonPath> operations() {
        Map<String, Map<String, Object>> paths = document().getMap("paths");
        Map<String, JsonPath> operations = new TreeMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            try {
                operations.put(method + " " + path, JsonPath.from(JSON.writeValueAsString(operation)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }));
        return operations;
    }

    /** An answer as application/problem+json, the shared Problem, with an example that has a title. */
    private static boolean isProblem(JsonPath operation, String answer) {
        String problem = answer + ".content.'" + PROBLEM_JSON + "'";
        return operation.getMap(problem) != null
                && String.valueOf(operation.getString(problem + ".schema.$ref")).endsWith("/Problem")
                && operation.getString(problem + ".example.title") != null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
