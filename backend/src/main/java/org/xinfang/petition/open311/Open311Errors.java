package org.xinfang.petition.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * Our refusals as the specification's errors: an array of code and description in the format asked for, with our
 * HTTP status (403 for the api_key, 404 for what is not there, 400 for bad input, 429 beyond the application's
 * limit). Bad input is one error per field, named as the client sent it ({@code attribute[name]}), with the same
 * message our API gives for the field.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private final Open311Writer writer;
    private final Messages messages;

    Open311Errors(Open311Writer writer, Messages messages) {
        this.writer = writer;
        this.messages = messages;
    }

    @ExceptionHandler(PetitionException.class)
    ResponseEntity<byte[]> refused(PetitionException refusal, HttpServletRequest http) {
        Locale locale = Open311Request.language(http);
        int code = refusal.status().value();
        List<GeoReport.Failure> errors = refusal.violations().isEmpty()
                ? List.of(new GeoReport.Failure(code, messages.text(locale, refusal.code(), refusal.args())))
                : refusal.violations().stream()
                        .map(violation -> new GeoReport.Failure(
                                code,
                                Open311Filing.parameterOf(violation.field()) + ": "
                                        + messages.violation(violation, locale)))
                        .toList();
        ResponseEntity<byte[]> answer = writer.errors(refusal.status(), Open311Request.format(http), errors);
        if (refusal.retryAfter() == null) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header(
                        HttpHeaders.RETRY_AFTER,
                        String.valueOf(
                                Math.max(1, refusal.retryAfter().plusMillis(999).toSeconds())))
                .body(answer.getBody());
    }
}
