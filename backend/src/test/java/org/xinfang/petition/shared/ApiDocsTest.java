package org.xinfang.petition.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.PetitionTest;

/** The OpenAPI description of /api/v1, what it says of the API as a whole, and its browsable UI, served to everyone. */
@PetitionTest
class ApiDocsTest {

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
    void theSwaggerUiIsServed() {
        given().port(port).get("/swagger-ui.html").then().statusCode(200).body(containsString("Swagger UI"));
    }
}
