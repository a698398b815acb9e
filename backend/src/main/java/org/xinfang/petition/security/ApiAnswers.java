package org.xinfang.petition.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.ApiDocumentation;
import org.xinfang.petition.shared.Problems;

/**
 * The error answers of every operation in the OpenAPI document, each an RFC 7807 problem ({@code Problem}) with an
 * example as the API writes it ({@link Problems}), derived from the operation and from who may call it
 * ({@link ApiDoors}, which the API's filter chain applies): 400 for bad input and for what the firewall refuses, 401
 * and 403 where a login is needed (403: a role or scope that does not allow it, or the administrators' alone), 404
 * for a path naming a record, 409 for a change (a concurrent change, a task someone else took), 413 and 415 for
 * uploads; a 429 that a throttled operation declares gets its problem too. An operation that needs a login names the
 * ways to sign in.
 */
@Component
class ApiAnswers implements OpenApiCustomizer {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final Problems problems;
    private final ObjectMapper json;

    ApiAnswers(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String uri = path.replaceAll("\\{[^}]+}", "1");
                    answer(
                            operation,
                            fieldAtFault(operation, api.getComponents()),
                            path,
                            method,
                            ApiDoors.isOpen(HttpMethod.valueOf(method.name()), uri),
                            ApiDoors.isForAdministrators(uri));
                }));
    }

    private void answer(
            Operation operation, String field, String path, PathItem.HttpMethod method, boolean open, boolean admin) {
        ApiResponses responses = operation.getResponses();
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        responses.computeIfAbsent(
                "400",
                status -> answer(
                        input
                                ? "请求有误 · a field is missing or wrong (errors), or the request cannot be read"
                                : "请求有误 · the request cannot be read (RequestFirewall: a control character in a "
                                        + "header, an encoded slash in the path)"));
        if (!open) {
            operation.setSecurity(List.of(
                    new SecurityRequirement().addList(ApiDocumentation.BASIC),
                    new SecurityRequirement().addList(ApiDocumentation.BEARER),
                    new SecurityRequirement().addList(ApiDocumentation.SESSION)));
            responses.computeIfAbsent("401", status -> answer("未登录 · no valid login, token or session"));
            responses.computeIfAbsent(
                    "403",
                    status -> answer(
                            admin
                                    ? "无权操作 · administrators only"
                                    : "无权操作 · the caller's role or scope does not allow it"));
        }
        if (path.contains("{")) {
            responses.computeIfAbsent("404", status -> answer("不存在 · no such record in the caller's view"));
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            responses.computeIfAbsent(
                    "409", status -> answer("冲突 · the record changed meanwhile, or the task is someone else's"));
        }
        if (isUpload(operation)) {
            responses.computeIfAbsent("413", status -> answer("过大 · a file or the upload is too large"));
            responses.computeIfAbsent("415", status -> answer("类型不允许 · a file's type is not allowed"));
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4")
                    && (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON))) {
                response.setContent(problemContent(HttpStatus.valueOf(Integer.parseInt(status)), field));
            }
        });
    }

    private static boolean isUpload(Operation operation) {
        return operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null
                && operation
                        .getRequestBody()
                        .getContent()
                        .containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static ApiResponse answer(String description) {
        return new ApiResponse().description(description);
    }

    /** The first field the body requires, for the example of bad input; null without a body that requires one. */
    private static String fieldAtFault(Operation operation, Components components) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        for (MediaType media : operation.getRequestBody().getContent().values()) {
            Schema<?> schema = media.getSchema();
            if (schema != null && schema.get$ref() != null && components.getSchemas() != null) {
                schema = components
                        .getSchemas()
                        .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            }
            if (schema != null
                    && schema.getRequired() != null
                    && !schema.getRequired().isEmpty()) {
                return schema.getRequired().get(0);
            }
        }
        return null;
    }

    private Content problemContent(HttpStatus status, String field) {
        ProblemDetail example = status == HttpStatus.BAD_REQUEST && field != null
                ? problems.invalid(status, "invalid-input", List.of(problems.fieldError(field, "constraint.NotBlank")))
                : problems.ofStatus(status);
        return new Content()
                .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .example(json.convertValue(example, Map.class)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 7807 problem: the title and detail in Chinese and English (中文 / English)")
                .addProperty("type", new StringSchema().example("urn:xinfang:problem:invalid-input"))
                .addProperty("title", new StringSchema().description("the status, in both languages"))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("what went wrong, in both languages"))
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("the message code, stable for clients"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("bad input: each field at fault")
                                .items(new ObjectSchema()
                                        .addProperty("field", new StringSchema())
                                        .addProperty("code", new StringSchema())
                                        .addProperty("message", new StringSchema())
                                        .addProperty("messageEn", new StringSchema())));
    }
}
