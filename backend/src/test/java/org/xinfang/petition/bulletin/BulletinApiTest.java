package org.xinfang.petition.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.startsWith;
import static org.xinfang.petition.support.AtOnce.fire;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XIXIA;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.assessment.HandBuiltMonth;
import org.xinfang.petition.assessment.UnclosedMonths;
import org.xinfang.petition.support.ApiTest;

/**
 * 考核通报 through the API: two months written by hand (July and August 2025, each closed), the bulletin of August
 * generated, downloaded as PDF and workbook and read back (the Chinese font embedded as a subset, the ranking as the
 * month published it, the change against July, the chart, the case left out); a month not closed refused; who may
 * read and generate; simultaneous generations; the monthly job.
 */
class BulletinApiTest extends ApiTest {

    private static final String JULY = "2025-07";
    private static final String AUGUST = "2025-08";
    private static final String TITLE = "2025年8月 全省公安信访工作考核通报";
    private static final String REASON = "重复投诉，已并入前案办理";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Bulletins bulletins;

    /**
     * July: 兴庆 95.00 (opinion 90) first, 西夏 85.00 (opinion 70) second. August: 西夏 95.00 first (up one, +10.00),
     * 兴庆 80.00 second (down one, −15.00, last: ineligible for honours); 金凤 four cases, not ranked; one more 兴庆
     * case left out (剔除) before August was closed.
     */
    private String buildJulyAndAugust() {
        long xingqing = complaintId(complaints.file());
        long xixia = complaintId(complaints.file());
        long jinfeng = complaintId(complaints.file());
        String excluded = complaints.file();
        jdbc.update("delete from bulletin where bulletin_month in (?, ?)", JULY, AUGUST);

        HandBuiltMonth july = new HandBuiltMonth(jdbc, JULY).cleared();
        july.events(xingqing, XINGQING, "DISPATCHED", 6, 3);
        july.limitsMet(xingqing, XINGQING, "SIGN_FOR", 6, 4);
        july.events(xixia, XIXIA, "DISPATCHED", 6, 3);
        july.limitsMet(xixia, XIXIA, "SIGN_FOR", 6, 4);
        opinion(JULY, 90, 70);
        close(JULY);

        HandBuiltMonth august = new HandBuiltMonth(jdbc, AUGUST).cleared();
        august.events(xingqing, XINGQING, "DISPATCHED", 6, 5);
        august.limitsMet(xingqing, XINGQING, "SIGN_FOR", 6, 6);
        august.events(xingqing, XINGQING, "SIGNED_FOR", 5, 6);
        august.events(complaintId(excluded), XINGQING, "DISPATCHED", 1, 5);
        august.events(xixia, XIXIA, "DISPATCHED", 6, 5);
        august.limitsMet(xixia, XIXIA, "SIGN_FOR", 6, 6);
        august.events(jinfeng, JINFENG, "DISPATCHED", 4, 5);
        opinion(AUGUST, 60, 90);
        Number exclusion = api.as(CLERK)
                .body(Map.of("trackingNumber", excluded, "reason", REASON))
                .post("/assessment/exclusions")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        api.as(INSPECTOR)
                .body(Map.of("approve", true))
                .post("/assessment/exclusions/{id}/decision", exclusion)
                .then()
                .statusCode(200);
        close(AUGUST);
        return excluded;
    }

    @Test
    void theBulletinOfAClosedMonthIsAPdfAndAWorkbookOfItsRankingAsPublished() throws IOException {
        String excluded = buildJulyAndAugust();
        JsonPath published = api.as(CLERK)
                .get("/assessment/months/{month}", AUGUST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        JsonPath generated = api.as(CLERK)
                .post("/bulletins/{month}", AUGUST)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(generated.getString("month")).isEqualTo(AUGUST);
        assertThat(generated.getInt("version")).isEqualTo(1);
        assertThat(generated.getString("generatedBy")).isEqualTo(CLERK);
        assertThat(generated.getString("pdf")).isEqualTo("/api/v1/bulletins/2025-08.pdf");
        api.as(INSPECTOR).post("/bulletins/{month}", AUGUST).then().spec(problem(409, "bulletin.exists"));

        byte[] pdf = download(XINGQING_LEADER, AUGUST + ".pdf", "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(TITLE)
                    .contains("兴庆区分局")
                    .contains("西夏区分局")
                    .contains("金凤区分局")
                    .contains("取消评先资格")
                    .contains("不排名（办件不足）")
                    .contains(REASON);
            assertThat(text.replaceAll("\\s", "")).as("the case left out").contains(excluded);
            assertThat(text.indexOf("西夏区分局")).isLessThan(text.indexOf("兴庆区分局"));
            assertThat(text)
                    .contains("95.00")
                    .contains("80.00")
                    .contains("+10.00")
                    .contains("-15.00");
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.+");
            });
            assertThat(images(document)).as("the chart").isPositive();
        }

        byte[] xlsx = download(INSPECTOR, AUGUST + ".xlsx", BulletinController.XLSX.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Row> ranking = rowsByCode(workbook.getSheet(BulletinWorkbook.RANKING), 1);
            List<Map<String, Object>> bureaus = published.getList("bureaus");
            assertThat(ranking).hasSameSizeAs(bureaus);
            for (Map<String, Object> bureau : bureaus) {
                Row row = ranking.get((String) bureau.get("code"));
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(bureau.get("nameZh"));
                Object rank = bureau.get("rank");
                if (rank == null) {
                    assertThat(row.getCell(0).getStringCellValue()).startsWith("不排名");
                } else {
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(((Number) rank).doubleValue());
                }
                @SuppressWarnings("unchecked")
                Object total = ((Map<String, Object>) bureau.get("score")).get("total");
                if (total != null) {
                    assertThat(row.getCell(4).getNumericCellValue())
                            .isEqualTo(((Number) total).doubleValue(), offset(0.001));
                }
                assertThat(row.getCell(8).getStringCellValue())
                        .isEqualTo(Boolean.TRUE.equals(bureau.get("ineligibleForHonours")) ? "取消评先资格" : "");
            }
            Row xixia = ranking.get(XIXIA);
            assertThat(xixia.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(xixia.getCell(5).getStringCellValue()).isEqualTo("优秀");
            assertThat(xixia.getCell(6).getNumericCellValue()).isEqualTo(10.0);
            assertThat(xixia.getCell(7).getNumericCellValue()).isEqualTo(1);
            Row xingqing = ranking.get(XINGQING);
            assertThat(xingqing.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(xingqing.getCell(4).getNumericCellValue()).isEqualTo(80.0);
            assertThat(xingqing.getCell(5).getStringCellValue()).isEqualTo("合格");
            assertThat(xingqing.getCell(6).getNumericCellValue()).isEqualTo(-15.0);
            assertThat(xingqing.getCell(7).getNumericCellValue()).isEqualTo(-1);
            assertThat(xingqing.getCell(8).getStringCellValue()).isEqualTo("取消评先资格");
            assertThat(ranking.get(JINFENG).getCell(0).getStringCellValue()).isEqualTo("不排名（办件不足）");

            Map<String, Row> indicators = rowsByCode(workbook.getSheet(BulletinWorkbook.INDICATORS), 0);
            assertThat(indicators.get(XINGQING).getCell(2).getNumericCellValue())
                    .as("received, the excluded case left out")
                    .isEqualTo(6);
            Row heads = workbook.getSheet(BulletinWorkbook.INDICATORS).getRow(0);
            assertThat(heads.getCell(3).getStringCellValue()).isEqualTo("签收受理");
            assertThat(indicators.get(XINGQING).getCell(3).getNumericCellValue())
                    .as("accepted (signed for)")
                    .isEqualTo(5);
            assertThat(heads.getCell(9).getStringCellValue()).isEqualTo("重复信访率");
            Sheet exclusions = workbook.getSheet(BulletinWorkbook.EXCLUSIONS);
            assertThat(exclusions.getLastRowNum()).isEqualTo(1);
            assertThat(exclusions.getRow(1).getCell(0).getStringCellValue()).isEqualTo(excluded);
            assertThat(exclusions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("银川市公安局兴庆区分局");
            assertThat(exclusions.getRow(1).getCell(2).getStringCellValue()).isEqualTo(REASON);
            assertThat(workbook.getAllPictures()).as("the chart").hasSize(1);
        }
    }

    @Test
    void aNewVersionIsGeneratedOnlyOnRequestAndTheOlderIsKeptAndEachIsAudited() throws IOException {
        buildJulyAndAugust();
        int audited = audited("BULLETIN_%", AUGUST);
        api.as(CLERK).post("/bulletins/{month}/versions", AUGUST).then().spec(problem(404, "bulletin.not-found"));
        api.as(INSPECTOR).post("/bulletins/{month}", AUGUST).then().statusCode(201);
        JsonPath second = api.as(CLERK)
                .post("/bulletins/{month}/versions", AUGUST)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(second.getInt("versions")).isEqualTo(2);

        JsonPath listed = api.as(XINGQING_LEADER)
                .get("/bulletins")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(listed.getInt("find { it.month == '" + AUGUST + "' }.version"))
                .isEqualTo(2);
        assertThat(listed.getString("find { it.month == '" + AUGUST + "' }.generatedBy"))
                .isEqualTo(CLERK);
        try (PDDocument first = Loader.loadPDF(api.as(CLERK)
                .queryParam("version", 1)
                .get("/bulletins/{file}", AUGUST + ".pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray())) {
            assertThat(new PDFTextStripper().getText(first)).contains(TITLE);
        }
        api.as(CLERK)
                .queryParam("version", 3)
                .get("/bulletins/{file}", AUGUST + ".xlsx")
                .then()
                .spec(problem(404, "bulletin.not-found"));
        assertThat(audited("BULLETIN_%", AUGUST)).isEqualTo(audited + 2);
        assertThat(jdbc.queryForObject(
                        "select actor from audit_log where action = 'BULLETIN_REGENERATED' and detail = ?"
                                + " order by seq desc limit 1",
                        String.class,
                        AUGUST + " version 2"))
                .isEqualTo(CLERK);
    }

    @Test
    void aMonthNotClosedHasNoBulletin() {
        String open = unclosedMonth();
        api.as(CLERK).post("/bulletins/{month}", open).then().spec(problem(409, "bulletin.month-not-closed"));
        api.as(INSPECTOR).post("/bulletins/{month}", "2026-06").then().spec(problem(409, "bulletin.month-not-closed"));
        api.as(CLERK).get("/bulletins/{file}", open + ".pdf").then().spec(problem(404, "bulletin.not-found"));
        assertThat(jdbc.queryForObject("select count(*) from bulletin where bulletin_month = ?", Integer.class, open))
                .isZero();
    }

    @Test
    void onlyTheOfficeAndInspectorsGenerateAndOnlyTheyAndBureauLeadersRead() {
        String month = closedMonthWithoutBulletin();
        for (String refused : List.of(XINGQING_HANDLER, XINGQING_LEADER, OPERATOR, ADMIN)) {
            api.as(refused).post("/bulletins/{month}", month).then().spec(problem(403, "access-denied"));
        }
        api.anonymous().post("/bulletins/{month}", month).then().spec(unauthenticated());
        api.as(INSPECTOR).post("/bulletins/{month}", month).then().statusCode(201);
        for (String refused : List.of(XINGQING_HANDLER, OPERATOR, ADMIN)) {
            api.as(refused).get("/bulletins").then().spec(problem(403, "access-denied"));
            api.as(refused).get("/bulletins/{file}", month + ".pdf").then().spec(problem(403, "access-denied"));
            api.as(refused).get("/bulletins/{file}", month + ".xlsx").then().spec(problem(403, "access-denied"));
        }
        for (String reader : List.of(CLERK, INSPECTOR, XINGQING_LEADER, "inspector.shizuishan", "leader.dawukou")) {
            api.as(reader).get("/bulletins/{file}", month + ".pdf").then().statusCode(200);
        }
    }

    @Test
    void twoGenerationsAtOnceLeaveOneBulletinAndA409() throws Exception {
        String month = closedMonthWithoutBulletin();
        assertThat(fire(
                        2,
                        () -> api.as(CLERK)
                                .post("/bulletins/{month}", month)
                                .then()
                                .extract()
                                .statusCode()))
                .containsExactlyInAnyOrder(201, 409);
        assertThat(fire(
                        2,
                        () -> api.as(INSPECTOR)
                                .post("/bulletins/{month}/versions", month)
                                .then()
                                .extract()
                                .statusCode()))
                .containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.queryForList(
                        "select version from bulletin where bulletin_month = ? order by version", Integer.class, month))
                .containsExactly(1, 2);
    }

    @Test
    void theMonthlyJobGeneratesEachRecentlyClosedMonthOnceWhateverTheNodes() throws Exception {
        String lastMonth = YearMonth.of(2026, 5).toString();
        jdbc.update("delete from bulletin where bulletin_month = ?", lastMonth);
        if (jdbc.queryForObject(
                        "select count(*) from assessment_month where assessed_month = ?", Integer.class, lastMonth)
                == 0) {
            close(lastMonth);
        }
        List<Integer> nodes = fire(2, () -> {
            bulletins.generateMissing();
            return 0;
        });
        assertThat(nodes).containsExactly(0, 0);
        bulletins.generateMissing();
        assertThat(jdbc.queryForList(
                        "select generated_by from bulletin where bulletin_month = ?", String.class, lastMonth))
                .containsExactly(Bulletins.SYSTEM);
        assertThat(audited("BULLETIN_GENERATED", lastMonth)).isPositive();
    }

    private void opinion(String month, int xingqing, int xixia) {
        api.as(CLERK)
                .body(Map.of(
                        "scores",
                        List.of(Map.of("unit", XINGQING, "score", xingqing), Map.of("unit", XIXIA, "score", xixia))))
                .put("/assessment/months/{month}/opinion-scores", month)
                .then()
                .statusCode(204);
    }

    private void close(String month) {
        api.as(INSPECTOR).post("/assessment/months/{month}/close", month).then().statusCode(200);
    }

    /** A long-past month of the weights' first years, closed now with nothing in it, without a bulletin. */
    private String closedMonthWithoutBulletin() {
        String month = unclosedMonth();
        close(month);
        return month;
    }

    private String unclosedMonth() {
        String month = UnclosedMonths.any(jdbc);
        jdbc.update("delete from bulletin where bulletin_month = ?", month);
        return month;
    }

    private byte[] download(String login, String file, String contentType) {
        return api.as(login)
                .get("/bulletins/{file}", file)
                .then()
                .statusCode(200)
                .contentType(contentType)
                .header("Content-Disposition", startsWith("attachment"))
                .extract()
                .asByteArray();
    }

    private int audited(String action, String month) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action like ? and detail like ?",
                Integer.class,
                action,
                month + " version %");
    }

    private long complaintId(String trackingNumber) {
        return jdbc.queryForObject("select id from complaint where tracking_number = ?", Long.class, trackingNumber);
    }

    /** The sheet's rows after the header, by the bureau's code in the column. */
    private static Map<String, Row> rowsByCode(Sheet sheet, int column) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            Cell code = row.getCell(column);
            if (row.getRowNum() > 0 && code != null && code.getCellType() == CellType.STRING) {
                rows.put(code.getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
