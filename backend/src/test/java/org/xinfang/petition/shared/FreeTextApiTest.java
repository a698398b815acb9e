package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xinfang.petition.intake.ChinesePhone;
import org.xinfang.petition.intake.HomeAddress;
import org.xinfang.petition.intake.PersonName;
import org.xinfang.petition.intake.ResidentId;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.WebappSession;

/**
 * Free text refuses control characters (line breaks only where the text has lines), bidirectional controls and
 * lone surrogates, wherever it comes from: every request body of our API, and the forms Tasklist submits.
 */
class FreeTextApiTest extends ApiTest {

    /** The constraints that hold a text to what it may contain; every string of every request carries one. */
    private static final Set<Class<?>> TEXT_CONSTRAINTS =
            Set.of(PlainText.class, PersonName.class, HomeAddress.class, ResidentId.class, ChinesePhone.class);
    /** Stands for the raw JSON string content a test writes. */
    private static final String RAW = "@@raw@@";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"\\u0007", "\\u001b[2J", "\\u0085", "\\u202e", "\\u2066", "\\ud800", "\\udc00"})
    void aComplaintWithAHiddenCharacterInItsSubjectOrContentIsRefusedAndNothingIsFiled(String character)
            throws Exception {
        RowCounts before = rowCounts();

        fileRaw("subject", "民警" + character + "执法").spec(invalidField("subject", "constraint.PlainText.characters"));
        fileRaw("content", "第一行\\n第二行" + character).spec(invalidField("content", "constraint.PlainText.characters"));

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theRefusalNamesTheCharacterAtFault() throws Exception {
        fileRaw("subject", "民警\\u202e执法")
                .body("errors[0].message", containsString("U+202E"))
                .body("errors[0].messageEn", containsString("U+202E"));
    }

    @Test
    void aLineBreakIsRefusedInTheSubjectButKeptInTheContent() throws Exception {
        fileRaw("subject", "第一行\\n第二行").spec(invalidField("subject", "constraint.PlainText.one-line"));

        String number = complaints
                .file(Complaints.webComplaintWith("content", "第一行\r\n第二行\n第三行"))
                .getString("trackingNumber");
        assertThat(complaints.detail(number).getString("content")).isEqualTo("第一行\r\n第二行\n第三行");
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        api.anonymous()
                .body(Complaints.webComplaintWith("accused", Map.of("officer", "张\u202E三")))
                .post("/complaints")
                .then()
                .spec(invalidField("accused.officer", "constraint.PlainText.characters"));
    }

    @Test
    void aReplyThroughTheApiIsRefusedAndNothingIsStored() {
        String number = complaints.signedFor();

        assertRefused(
                XINGQING_HANDLER,
                number,
                "reply",
                Map.of("text", "经调查\u202E核实"),
                Stage.HANDLING,
                invalidField("text", "constraint.PlainText.characters"));
    }

    @Test
    void aCommentSubmittedThroughTasklistIsRefusedAndNothingIsStored() {
        String number = complaints.dispatched();
        String task = openTask(number, Stage.SIGN_FOR).getId();
        JsonPath before = complaints.detail(number);
        WebappSession tasklist = new WebappSession(port);
        tasklist.logIn("tasklist", XINGQING_HANDLER, Api.PASSWORD).then().statusCode(200);
        tasklist.enginePost()
                .body(Map.of("userId", XINGQING_HANDLER))
                .post("/task/{id}/claim", task)
                .then()
                .statusCode(204);

        tasklist.enginePost()
                .body(Map.of(
                        "variables",
                        Map.of(
                                "signForDecision", Map.of("value", "SIGN_FOR"),
                                "comment", Map.of("value", "已签收\u202E"))))
                .post("/task/{id}/complete", task)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("comment"));
        assertThat(openTask(number, Stage.SIGN_FOR))
                .as("the sign-for task, still open")
                .isNotNull();
        JsonPath after = complaints.detail(number);
        assertThat(after.getString("status")).isEqualTo(before.getString("status"));
        assertThat(after.getList("timeline")).isEqualTo(before.getList("timeline"));
    }

    @Test
    void everyStringOfEveryRequestBodyIsHeldToAText() {
        List<String> unchecked = new ArrayList<>();
        mappings.getHandlerMethods()
                .values()
                .forEach(handler -> Arrays.stream(handler.getMethodParameters())
                        .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
                                || parameter.hasParameterAnnotation(RequestPart.class))
                        .filter(parameter -> parameter.getParameterType().isRecord())
                        .forEach(body -> {
                            if (!body.hasParameterAnnotation(Valid.class)) {
                                unchecked.add(handler + ": " + body.getParameterName() + " without @Valid");
                            }
                            collectUnchecked(
                                    body.getParameterType(),
                                    body.getParameterType().getSimpleName(),
                                    unchecked);
                        }));

        assertThat(unchecked).isEmpty();
    }

    /** The strings of a record, and of the records and lists of records in it, that no text constraint holds. */
    private static void collectUnchecked(Class<?> record, String path, List<String> unchecked) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = path + "." + component.getName();
            Class<?> type = component.getType();
            Class<?> nested = type.isRecord() ? type : listElement(component);
            if (type == String.class && !hasTextConstraint(component)) {
                unchecked.add(name + " without a text constraint");
            } else if (nested != null && nested.isRecord()) {
                if (!isValidated(component)) {
                    unchecked.add(name + " without @Valid");
                }
                collectUnchecked(nested, name, unchecked);
            }
        }
    }

    /** {@code @Valid} on the component's type (where Java puts it), or on the element type of a list ({@code List<@Valid Holiday>}). */
    private static boolean isValidated(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Valid.class)
                || component.getAnnotatedType() instanceof AnnotatedParameterizedType list
                        && list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Valid.class);
    }

    private static Class<?> listElement(RecordComponent component) {
        return List.class.isAssignableFrom(component.getType())
                        && component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element
                ? element
                : null;
    }

    private static boolean hasTextConstraint(RecordComponent component) {
        return Arrays.stream(component.getAnnotations())
                .anyMatch(annotation -> TEXT_CONSTRAINTS.contains(annotation.annotationType()));
    }

    /** Files the web complaint with one text field written as raw JSON string content, escapes kept as sent. */
    private ValidatableResponse fileRaw(String field, String jsonText) throws JsonProcessingException {
        String complaint = new ObjectMapper()
                .writeValueAsString(Complaints.webComplaintWith(field, RAW))
                .replace(RAW, jsonText);
        return api.anonymous().body(complaint).post("/complaints").then();
    }
}
