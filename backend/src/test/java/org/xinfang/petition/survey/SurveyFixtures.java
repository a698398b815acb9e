package org.xinfang.petition.survey;

import static org.xinfang.petition.support.Logins.CLERK;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.Api;

/**
 * What the survey's tests share: months no earlier run has touched (the database outlives a run), lists of service
 * users as CSV and Excel files, phones no earlier run has used, a case's limit moved into a month, draws.
 */
final class SurveyFixtures {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String HEADER = "姓名,电话,单位代码,服务类型,服务日期";

    private final Api api;
    private final JdbcTemplate jdbc;

    SurveyFixtures(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /**
     * A month from 2001 on, after every month an earlier test used, that with the {@code span} months after it has no
     * draw, no imported service user and no case's handling limit, so that a test's population is its own.
     */
    YearMonth freshMonths(int span) {
        YearMonth month = lastUsedBefore2020().plusMonths(1);
        while (!free(month, span)) {
            month = month.plusMonths(1);
        }
        return month;
    }

    /** The latest month from 2001 to 2019 that an earlier test drew, imported into or moved a limit into. */
    private YearMonth lastUsedBefore2020() {
        String drawn = jdbc.queryForObject(
                "select max(survey_month) from survey_draw where survey_month between '2001-01' and '2019-12'",
                String.class);
        String imported = jdbc.queryForObject(
                "select max(survey_month) from survey_service_user where survey_month between '2001-01' and '2019-12'",
                String.class);
        Timestamp due = jdbc.queryForObject(
                "select max(due_at) from case_deadline where stage = 'HANDLING' and due_at >= ? and due_at < ?",
                Timestamp.class,
                start(YearMonth.of(2001, 1)),
                start(YearMonth.of(2020, 1)));
        YearMonth last = YearMonth.of(2000, 12);
        for (String month : new String[] {drawn, imported}) {
            if (month != null && YearMonth.parse(month).isAfter(last)) {
                last = YearMonth.parse(month);
            }
        }
        if (due != null && YearMonth.from(due.toInstant().atZone(BEIJING)).isAfter(last)) {
            last = YearMonth.from(due.toInstant().atZone(BEIJING));
        }
        return last;
    }

    private boolean free(YearMonth first, int span) {
        YearMonth last = first.plusMonths(span);
        Integer used = jdbc.queryForObject(
                "select (select count(*) from survey_draw where survey_month between ? and ?)"
                        + " + (select count(*) from survey_service_user where survey_month between ? and ?)"
                        + " + (select count(*) from case_deadline where stage = 'HANDLING' and due_at >= ? and due_at < ?)",
                Integer.class,
                first.toString(),
                last.toString(),
                first.toString(),
                last.toString(),
                start(first),
                start(last.plusMonths(1)));
        return used == 0;
    }

    private static Timestamp start(YearMonth month) {
        return Timestamp.from(month.atDay(1).atStartOfDay(BEIJING).toInstant());
    }

    /** A mobile number no earlier run used, as a list would write it. */
    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The phone in E.164, as it is kept. */
    static String e164(String phone) {
        return "+86" + phone;
    }

    /** One row of a list: name, phone, unit code, service, day. */
    static String row(String name, String phone, String unit, String service, String day) {
        return String.join(",", name, phone, unit, service, day);
    }

    static byte[] csv(Charset charset, String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(charset);
    }

    /** An Excel workbook of these rows, under the English headers; a phone written as a number, as Excel keeps it. */
    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("110");
            Row header = sheet.createRow(0);
            List<String> names = List.of("name", "phone", "unit", "service", "date");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    if (i == 1 && cells.get(i).matches("\\d+")) {
                        row.createCell(i).setCellValue(Double.parseDouble(cells.get(i)));
                    } else {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ValidatableResponse importList(YearMonth month, String fileName, byte[] content) {
        return importListAs(CLERK, month, fileName, content);
    }

    ValidatableResponse importListAs(String login, YearMonth month, String fileName, byte[] content) {
        return api.as(login)
                .contentType("multipart/form-data; charset=UTF-8")
                .multiPart(new MultiPartSpecBuilder(content)
                        .controlName("file")
                        .fileName(fileName)
                        .mimeType("application/octet-stream")
                        .build())
                .post("/surveys/{month}/service-users", month.toString())
                .then();
    }

    JsonPath draw(YearMonth month, long seed) {
        return api.as(CLERK)
                .body(Map.of("seed", seed))
                .post("/surveys/{month}/draw", month.toString())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    JsonPath callList(YearMonth month) {
        return api.as(CLERK)
                .get("/surveys/{month}/calls", month.toString())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The call reached, every question answered, the overall score as given. */
    void reached(long call, String overall) {
        record(
                call,
                Map.of(
                        "outcome",
                        "REACHED",
                        "answers",
                        Map.of(
                                "speed",
                                "SATISFIED",
                                "attitude",
                                "UNSATISFIED",
                                "result",
                                "SATISFIED",
                                "overall",
                                overall)));
    }

    void record(long call, String outcome) {
        record(call, Map.of("outcome", outcome));
    }

    private void record(long call, Map<String, Object> body) {
        api.as(CLERK).body(body).post("/surveys/calls/{id}", call).then().statusCode(204);
    }

    /** Moves the case's handling limit to the tenth of the month. */
    void limitRunsOutIn(String number, YearMonth month) {
        jdbc.update(
                "update case_deadline set due_at = ? where complaint_id = (select id from complaint where"
                        + " tracking_number = ?) and stage = 'HANDLING'",
                Timestamp.from(month.atDay(10).atStartOfDay(BEIJING).toInstant()),
                number);
    }
}
