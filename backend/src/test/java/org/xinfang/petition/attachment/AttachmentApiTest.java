package org.xinfang.petition.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Complaints.webComplaintWith;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notFound;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.ResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

class AttachmentApiTest extends ApiTest {

    @Autowired
    private Attachments attachments;

    @Autowired
    private AttachmentProperties properties;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private Cases cases;

    @Test
    void aComplaintIsFiledWithEveryAcceptedKindOfFile() {
        String number = fileWith(
                        null,
                        webComplaint(),
                        new Upload("投诉材料.pdf", SampleFiles.pdf("Officer badge 12389")),
                        new Upload("scene.png", SampleFiles.png()),
                        new Upload("scene.JPG", SampleFiles.jpeg()),
                        new Upload("statement.docx", SampleFiles.docx("民警态度恶劣的经过")),
                        new Upload("costs.xlsx", SampleFiles.xlsx("罚款金额 200 元")),
                        new Upload("notes.txt", SampleFiles.text("当晚十点在解放街派出所")))
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getList("attachments.name", String.class))
                .containsExactly("投诉材料.pdf", "scene.png", "scene.JPG", "statement.docx", "costs.xlsx", "notes.txt");
        assertThat(detail.getList("attachments.contentType", String.class))
                .containsExactly(
                        "application/pdf",
                        "image/png",
                        "image/jpeg",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "text/plain");
        assertThat(detail.getList("attachments.purpose", String.class)).containsOnly("INTAKE");
        assertThat(detail.getList("attachments.sha256", String.class)).allMatch(sha -> sha.matches("[0-9a-f]{64}"));
    }

    @Test
    void theExtractedTextOfEveryFileIsKeptForTheCase() {
        String number = filedWith(
                new Upload("a.pdf", SampleFiles.pdf("Officer badge 12389")),
                new Upload("b.docx", SampleFiles.docx("民警态度恶劣的经过")),
                new Upload("c.xlsx", SampleFiles.xlsx("罚款金额 200 元")),
                new Upload("d.txt", SampleFiles.text("当晚十点在解放街派出所")));

        String text = attachments.textOf(complaintId(number));

        assertThat(text).contains("Officer badge 12389", "民警态度恶劣的经过", "罚款金额 200 元", "当晚十点在解放街派出所");
    }

    @Test
    void theTextOfTheFilesCountsTowardsLikelyRepeats() {
        byte[] account = SampleFiles.text("我家楼下的烧烤摊每天凌晨两点仍在营业，油烟和噪音严重影响全楼住户休息，多次拨打电话无人处理。");
        String first = fileWith(null, matter("夜间经营扰民", "请求依法处理。"), new Upload("account.txt", account))
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String withTheSameAccount = fileWith(null, matter("再次反映", "情况见附件。"), new Upload("again.txt", account))
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String withoutIt = fileWith(null, matter("再次反映", "情况见附件。"))
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        assertThat(likelyRepeatsOf(withTheSameAccount)).contains(first);
        assertThat(likelyRepeatsOf(withoutIt)).doesNotContain(first);
    }

    @Test
    void anOperatorAttachesTheCallRecordingToAHotlineComplaint() {
        String number = fileWith(
                        OPERATOR,
                        webComplaintWith("channel", "HOTLINE"),
                        new Upload("12389-call.wav", SampleFiles.wav()),
                        new Upload("letter.pdf", SampleFiles.pdf("Letter")))
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getList("attachments.purpose", String.class)).containsExactly("RECORDING", "INTAKE");
        assertThat(detail.getList("attachments.uploadedBy", String.class)).containsOnly(OPERATOR);
    }

    @Test
    void theJsonFilingStillWorksWithoutAttachments() {
        String number = complaints.file();

        assertThat(complaints.detail(number).getList("attachments")).isEmpty();
    }

    @Test
    void anExecutableNamedAsAPdfIsRefused() {
        assertRefusedWithoutTrace(
                "files[1]",
                "attachment.type-not-allowed",
                new Upload("ok.txt", SampleFiles.text("正常材料")),
                new Upload("evidence.pdf", SampleFiles.elf()));
        assertRefusedWithoutTrace(
                "files[0]", "attachment.type-not-allowed", new Upload("evidence.pdf", SampleFiles.windowsExecutable()));
    }

    @Test
    void aShellScriptNamedAsTextIsRefused() {
        assertRefusedWithoutTrace(
                "files[0]", "attachment.type-not-allowed", new Upload("notes.txt", SampleFiles.shellScript()));
    }

    @Test
    void aPictureNamedAsAPdfIsRefused() {
        assertRefusedWithoutTrace(
                "files[0]", "attachment.extension-mismatch", new Upload("scan.pdf", SampleFiles.png()));
    }

    @Test
    void aZipBombIsRefused() {
        assertRefusedWithoutTrace("files[0]", "attachment.bomb", new Upload("statement.docx", SampleFiles.zipBomb()));
    }

    @Test
    void aDocxWithAnExternalEntityIsRefused() {
        assertRefusedWithoutTrace(
                "files[0]",
                "attachment.external-entity",
                new Upload("statement.docx", SampleFiles.docxWithExternalEntity()));
    }

    @Test
    void anEncryptedPdfIsRefused() {
        assertRefusedWithoutTrace(
                "files[0]",
                "attachment.encrypted",
                new Upload("locked.pdf", SampleFiles.encryptedPdf("secret content")));
    }

    @Test
    void aDamagedDocumentIsRefused() {
        byte[] docx = SampleFiles.docx("正文");
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertRefusedWithoutTrace("files[0]", "attachment.malformed", new Upload("statement.docx", truncated));
    }

    @Test
    void tooManyFilesAreRefused() {
        Upload[] uploads = Stream.iterate(0, i -> i + 1)
                .limit(properties.maxFiles() + 1)
                .map(i -> new Upload("note" + i + ".txt", SampleFiles.text("第" + i + "页")))
                .toArray(Upload[]::new);

        assertRefusedWithoutTrace("files", "attachment.too-many", uploads);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedAsTooLarge() {
        byte[] large = new byte[(int) properties.maxFileSize().toBytes() + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        Counts before = counts();

        fileWith(null, webComplaint(), new Upload("small.txt", SampleFiles.text("正常")), new Upload("large.txt", large))
                .spec(tooLarge("files[1]", "attachment.file-too-large"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void filesLargerTogetherThanTheTotalLimitAreRefusedAsTooLarge() {
        byte[] overHalfTheTotal = new byte[(int) properties.maxTotalSize().toBytes() / 2 + 1024];
        java.util.Arrays.fill(overHalfTheTotal, (byte) 'a');
        Counts before = counts();

        fileWith(null, webComplaint(), new Upload("a.txt", overHalfTheTotal), new Upload("b.txt", overHalfTheTotal))
                .spec(tooLarge("files", "attachment.total-too-large"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBadComplaintWithGoodFilesLeavesNoFileBehind() {
        Counts before = counts();

        fileWith(null, webComplaintWith("region", "999999"), new Upload("a.pdf", SampleFiles.pdf("text")))
                .spec(invalidField("region", "constraint.unknown-region"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void filesKeptInATransactionThatRollsBackAreRemovedAgain() {
        String number = complaints.file();
        Counts before = counts();

        try (CheckedFiles checked = attachments.check(
                List.of(new MockMultipartFile("files", "a.pdf", "application/pdf", SampleFiles.pdf("rolled back"))))) {
            transaction.executeWithoutResult(status -> {
                attachments.attach(cases.get(number), checked, Purpose.INTAKE, CLERK);
                assertThat(filesInStore())
                        .as("the file kept in the transaction")
                        .isEqualTo(before.files() + 1);
                status.setRollbackOnly();
            });
        }

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theBureauHandlingTheCaseListsAndDownloadsItsAttachments() {
        String number = complaints.dispatch(
                complaints.accept(filedWith(new Upload("evidence <1>.pdf", SampleFiles.pdf("Officer badge 12389")))));
        long id = firstAttachmentOf(number, XINGQING_HANDLER);

        byte[] content = api.as(XINGQING_HANDLER)
                .accept("*/*")
                .get("/complaints/{n}/attachments/{id}", number, id)
                .then()
                .statusCode(200)
                .header("Content-Type", "application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Disposition", containsString("filename*=UTF-8''evidence%20_1_.pdf"))
                .extract()
                .asByteArray();

        assertThat(new String(content, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void anotherBureauCannotSeeOrDownloadTheAttachments() {
        String number = complaints.dispatch(
                complaints.accept(filedWith(new Upload("evidence.pdf", SampleFiles.pdf("Officer badge 12389")))));
        long id = firstAttachmentOf(number, CLERK);

        api.as(JINFENG_HANDLER)
                .get("/complaints/{n}/attachments", number)
                .then()
                .spec(notFound());
        api.as(JINFENG_HANDLER)
                .accept("*/*")
                .get("/complaints/{n}/attachments/{id}", number, id)
                .then()
                .spec(notFound());
        api.as(OPERATOR)
                .accept("*/*")
                .get("/complaints/{n}/attachments/{id}", number, id)
                .then()
                .spec(notFound());
        api.anonymous()
                .accept("*/*")
                .get("/complaints/{n}/attachments/{id}", number, id)
                .then()
                .statusCode(401);
    }

    @Test
    void anAttachmentIsDownloadedOnlyThroughItsOwnCase() {
        String first = filedWith(new Upload("a.pdf", SampleFiles.pdf("first")));
        String second = complaints.file();
        long id = firstAttachmentOf(first, CLERK);

        api.as(CLERK)
                .accept("*/*")
                .get("/complaints/{n}/attachments/{id}", second, id)
                .then()
                .spec(new ResponseSpecBuilder()
                        .expectStatusCode(404)
                        .expectBody("code", equalTo("attachment.not-found"))
                        .build());
    }

    @Test
    void theHandlerAttachesFilesToTheReplyAndAnotherBureauCannot() {
        String number = complaints.signedFor();
        Counts before = counts();

        Uploads.multipart(api.as(JINFENG_HANDLER), List.of(new Upload("reply.docx", SampleFiles.docx("答复意见"))))
                .post("/complaints/{n}/attachments", number)
                .then()
                .spec(notFound());
        assertThat(counts()).isEqualTo(before);

        Uploads.multipart(api.as(XINGQING_HANDLER), List.of(new Upload("reply.docx", SampleFiles.docx("答复意见"))))
                .post("/complaints/{n}/attachments", number)
                .then()
                .statusCode(201)
                .body("[0].purpose", equalTo("REPLY"))
                .body("[0].uploadedBy", equalTo(XINGQING_HANDLER));
        assertThat(attachments.textOf(complaintId(number))).contains("答复意见");
    }

    @Test
    void theComplainantSuppliesMaterialWithFiles() {
        JsonPath filed = complaints.file(webComplaint());
        String number = awaitingMaterial(filed.getString("trackingNumber"));
        String queryCode = filed.getString("queryCode");

        supply(number, queryCode, new Upload("scene.jpg", SampleFiles.jpeg())).statusCode(204);

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getList("attachments.purpose", String.class)).containsExactly("SUPPLEMENT");
        assertThat(detail.getList("attachments.contentType", String.class)).containsExactly("image/jpeg");
    }

    @Test
    void aBadSupplementIsRefusedAndTheClockStaysStopped() {
        JsonPath filed = complaints.file(webComplaint());
        String number = awaitingMaterial(filed.getString("trackingNumber"));
        String queryCode = filed.getString("queryCode");
        Counts before = counts();

        supply(number, queryCode, new Upload("scene.jpg", SampleFiles.elf()))
                .spec(invalidField("files[0]", "attachment.type-not-allowed"));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aJsonRequestLargerThanTheApiLimitIsStillRefused() {
        String padding = "a".repeat(1024 * 1024 + 1);
        api.anonymous()
                .body(Map.of("trackingNumber", padding))
                .post("/lookup")
                .then()
                .statusCode(413);
        api.anonymous()
                .contentType("multipart/form-data")
                .multiPart(new MultiPartSpecBuilder(padding)
                        .controlName("trackingNumber")
                        .build())
                .post("/lookup")
                .then()
                .statusCode(413);
    }

    // --- helpers

    private ValidatableResponse supply(String number, String queryCode, Upload upload) {
        return Uploads.supply(api.anonymous(), number, queryCode, List.of(upload));
    }

    /** Dispatched, signed for, and the bureau has asked the complainant for material. */
    private String awaitingMaterial(String number) {
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "material-requests", Map.of("what", "请提供现场照片"));
        return number;
    }

    private static Map<String, Object> matter(String subject, String content) {
        Map<String, Object> complaint = webComplaint();
        complaint.put("subject", subject);
        complaint.put("content", content);
        return complaint;
    }

    private List<String> likelyRepeatsOf(String number) {
        return api.as(CLERK)
                .get("/complaints/{n}/likely-repeats", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("trackingNumber", String.class);
    }

    private String filedWith(Upload... uploads) {
        return fileWith(null, webComplaint(), uploads).statusCode(201).extract().path("trackingNumber");
    }

    private long firstAttachmentOf(String number, String login) {
        return api.as(login)
                .get("/complaints/{n}/attachments", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
    }

    private void assertRefusedWithoutTrace(String field, String code, Upload... uploads) {
        Counts before = counts();

        fileWith(null, webComplaint(), uploads).spec(invalidField(field, code));

        assertThat(counts()).isEqualTo(before);
    }

    private static ResponseSpecification tooLarge(String field, String code) {
        return new ResponseSpecBuilder()
                .expectStatusCode(413)
                .expectHeader("Content-Type", containsString("application/problem+json"))
                .expectBody("errors.size()", equalTo(1))
                .expectBody("errors[0].field", equalTo(field))
                .expectBody("errors[0].code", equalTo(code))
                .build();
    }

    private ValidatableResponse fileWith(String login, Map<String, Object> complaint, Upload... uploads) {
        return Uploads.fileWith(login == null ? api.anonymous() : api.as(login), complaint, List.of(uploads));
    }

    private Long complaintId(String number) {
        return jdbc.queryForObject("select id from complaint where tracking_number = ?", Long.class, number);
    }

    /** Complaints, attachment rows and files in the store: a refused request changes none of them. */
    private Counts counts() {
        return new Counts(
                rowCounts(), jdbc.queryForObject("select count(*) from attachment", Long.class), filesInStore());
    }

    private long filesInStore() {
        Path dir = properties.dir();
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Counts(RowCounts rows, long attachments, long files) {}
}
