package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.EngineTime;

/**
 * Every log line, plain text or JSON, names the request and the case it was written for, and shows no personal data
 * whatever was logged. The JSON lines come from an appender the test adds with the encoder production configures
 * ({@code logging.structured.format.console=ecs}), masked by the same {@link MaskedLogs}.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsApiTest extends ApiTest {

    @Autowired
    EngineTime time;

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(LogsApiTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ID_NUMBER = "11010519491231002X";
    private static final String PHONE = "13812345678";
    private static final String EMAIL = "zhang.wei@example.com";
    private static final String NAME = "张伟";

    @Test
    void personalDataLoggedCarelesslyIsMaskedInPlainText(CapturedOutput output) {
        log.info("complainant name={} id {} phone {} mail {}", NAME, ID_NUMBER, PHONE, EMAIL);
        log.warn("refused", new IllegalStateException("no case for " + ID_NUMBER + " or " + PHONE));

        assertThat(output.getOut())
                .contains("name=张*", "1101**********002X", "138****5678", "z***@example.com")
                .contains("IllegalStateException: no case for 1101**********002X or 138****5678")
                .doesNotContain(ID_NUMBER, PHONE, EMAIL, NAME);
    }

    @Test
    void personalDataLoggedCarelesslyIsMaskedInJson() {
        List<Map<String, Object>> lines;
        try (JsonLines json = JsonLines.of(LogsApiTest.class)) {
            log.info(
                    "complainant {\"name\":\"{}\",\"idNumber\":\"{}\",\"phone\":\"{}\"} {}",
                    NAME,
                    ID_NUMBER,
                    PHONE,
                    EMAIL);
            log.warn("refused", new IllegalStateException("no case for " + ID_NUMBER));
            lines = json.lines();
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("message").toString())
                .contains("\"name\":\"张*\"", "1101**********002X", "138****5678", "z***@example.com");
        assertThat(lines.get(1).toString()).contains("no case for 1101**********002X");
        assertThat(lines.toString()).doesNotContain(ID_NUMBER, PHONE, EMAIL, NAME);
    }

    @Test
    void aLineWrittenForACaseCarriesItsTrackingNumberAndTheRequestIdInJson() {
        String number = complaints.file();

        List<Map<String, Object>> lines;
        try (JsonLines json = JsonLines.of(DispatcherServlet.class)) {
            api.as(CLERK)
                    .header("X-Request-Id", "bureau-gateway-42")
                    .get("/complaints/" + number)
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", "bureau-gateway-42");
            lines = json.lines();
        }

        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .containsEntry("trackingNumber", number)
                        .containsEntry("requestId", "bureau-gateway-42"));
    }

    @Test
    void theCaseOfTheLookupsBodyIsTheCorrelationIdOfItsLines() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");

        String requestId;
        List<Map<String, Object>> lines;
        try (JsonLines json = JsonLines.of(RequestResponseBodyMethodProcessor.class)) {
            requestId = api.anonymous()
                    .body(Map.of("trackingNumber", number, "queryCode", filed.getString("queryCode")))
                    .post("/lookup")
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("X-Request-Id");
            lines = json.lines();
        }

        assertThat(requestId).isNotBlank();
        assertThat(lines)
                .filteredOn(line -> line.get("message").toString().startsWith("Read"))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).containsEntry("trackingNumber", number).containsEntry("requestId", requestId));
    }

    @Test
    void whatTheEngineLogsWhileItRunsACasesJobCarriesItsTrackingNumber() {
        String number = complaints.file();
        time.advance(Duration.ofDays(60));

        List<Map<String, Object>> lines;
        try (JsonLines json = JsonLines.of("org.operaton.bpm.engine")) {
            assertThat(time.fireDueTimers(number)).isNotEmpty();
            lines = json.lines();
        }

        assertThat(lines)
                .filteredOn(line -> line.containsKey("trackingNumber"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).containsEntry("trackingNumber", number));
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    /** The ECS JSON lines of a logger and those below it, at DEBUG while open. */
    private static final class JsonLines implements AutoCloseable {

        private final Logger logger;
        private final Level level;
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

        private JsonLines(String source) {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            logger = context.getLogger(source);
            level = logger.getLevel();
            StructuredLogEncoder encoder = new StructuredLogEncoder();
            encoder.setContext(context);
            encoder.setFormat("ecs");
            appender.setContext(context);
            appender.setName("json-" + source);
            appender.setEncoder(encoder);
            appender.setOutputStream(written);
            logger.addAppender(appender);
            MaskedLogs.mask(context);
            appender.getEncoder().start();
            appender.start();
            logger.setLevel(Level.DEBUG);
        }

        static JsonLines of(Class<?> source) {
            return new JsonLines(source.getName());
        }

        static JsonLines of(String logger) {
            return new JsonLines(logger);
        }

        List<Map<String, Object>> lines() {
            return written.toString(StandardCharsets.UTF_8)
                    .lines()
                    .map(JsonLines::parse)
                    .toList();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> parse(String line) {
            try {
                return JSON.readValue(line, Map.class);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }

        @Override
        public void close() {
            logger.setLevel(level);
            logger.detachAppender(appender);
            appender.stop();
        }
    }
}
