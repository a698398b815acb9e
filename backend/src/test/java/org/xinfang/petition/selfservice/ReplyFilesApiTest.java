package org.xinfang.petition.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.attachment.SampleFiles;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * The complainant downloads the files of the reply sent to them, with the tracking number and query code as the
 * lookup takes them and under its throttle; never the files of a reply awaiting approval or sent back, never the
 * complainant's own or another case's.
 */
class ReplyFilesApiTest extends ApiTest {

    private static final String REPLY_FILE_NAME = "答复意见书.pdf";
    private static final byte[] REPLY_FILE = SampleFiles.pdf("Reply of the Xingqing bureau");
    private static final String WRONG_CODE = "WRONGCOD";
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private String client;

    @BeforeEach
    void newClient() {
        client = "192.0.2." + CLIENTS.incrementAndGet();
    }

    @Test
    void theRightCodeGetsTheSentReplysFileWithItsExactBytesAsADownload() {
        Filed filed = signedFor();
        long fileId = attachReplyMaterial(filed.number(), new Upload(REPLY_FILE_NAME, REPLY_FILE));
        reply(filed.number());
        approve(filed.number());

        JsonPath view = lookup(filed).statusCode(200).extract().jsonPath();
        assertThat(view.getList("replyFiles")).hasSize(1);
        assertThat(view.getMap("replyFiles[0]"))
                .containsOnlyKeys("id", "name", "contentType", "size")
                .containsEntry("name", REPLY_FILE_NAME)
                .containsEntry("contentType", "application/pdf")
                .containsEntry("size", REPLY_FILE.length);
        assertThat(view.getLong("replyFiles[0].id")).isEqualTo(fileId);

        ExtractableResponse<Response> download =
                download(filed, fileId).statusCode(200).extract();
        assertThat(download.asByteArray()).isEqualTo(REPLY_FILE);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode(REPLY_FILE_NAME, StandardCharsets.UTF_8));
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void theComplainantsOwnFilesAndStaffsOtherFilesAreNeitherListedNorHandedOut() {
        JsonPath filedWithLetter = Uploads.fileWith(
                        api.anonymous(),
                        Complaints.webComplaint(),
                        List.of(new Upload("letter.txt", "投诉信".getBytes(StandardCharsets.UTF_8))))
                .statusCode(201)
                .extract()
                .jsonPath();
        Filed filed = new Filed(filedWithLetter.getString("trackingNumber"), filedWithLetter.getString("queryCode"));
        complaints.dispatch(complaints.accept(filed.number()));
        complaints.act(XINGQING_HANDLER, filed.number(), "sign-for", Map.of());
        Uploads.multipart(api.as(CLERK), List.of(new Upload("scanned.txt", "来信扫描件".getBytes(StandardCharsets.UTF_8))))
                .post("/complaints/{n}/attachments", filed.number())
                .then()
                .statusCode(201);
        long reply = attachReplyMaterial(filed.number(), new Upload(REPLY_FILE_NAME, REPLY_FILE));
        reply(filed.number());
        approve(filed.number());

        List<Long> all = complaints.detail(filed.number()).getList("attachments.id", Long.class);
        assertThat(all).hasSize(3);
        assertThat(lookup(filed).extract().jsonPath().getList("replyFiles.id", Long.class))
                .containsExactly(reply);
        all.stream()
                .filter(id -> id != reply)
                .forEach(letter -> download(filed, letter).spec(problem(404, "attachment.not-found")));
    }

    @Test
    void aWrongCodeIsAnsweredAsTheLookupAnswersItAndCountsTowardTheThrottle() {
        Filed filed = replied(new Upload(REPLY_FILE_NAME, REPLY_FILE));
        long fileId = lookup(filed).extract().jsonPath().getLong("replyFiles[0].id");
        Filed wrong = new Filed(filed.number(), WRONG_CODE);

        Map<String, Object> refusedLookup = withoutInstance(lookup(wrong).spec(problem(404, "lookup.not-found")));
        Map<String, Object> refusedDownload =
                withoutInstance(download(wrong, fileId).spec(problem(404, "lookup.not-found")));
        assertThat(refusedDownload).isEqualTo(refusedLookup);

        for (int i = 0; i < 3; i++) {
            download(wrong, fileId).statusCode(404);
        }
        // the fifth failure on the number, four of them downloads: locked out for everyone, for 15 minutes
        download(filed, fileId)
                .spec(problem(429, "lookup.throttled"))
                .header("Retry-After", Integer::parseInt, equalTo(900));
        lookup(filed).spec(problem(429, "lookup.throttled"));
    }

    @Test
    void anotherCasesFileIsUnknownEvenToTheRightCode() {
        Filed mine = replied(new Upload("mine.txt", "我的答复".getBytes(StandardCharsets.UTF_8)));
        Filed theirs = replied(new Upload("theirs.txt", "他人的答复".getBytes(StandardCharsets.UTF_8)));
        long theirFile = lookup(theirs).extract().jsonPath().getLong("replyFiles[0].id");

        download(mine, theirFile).spec(problem(404, "attachment.not-found"));
        download(mine, Long.MAX_VALUE).spec(problem(404, "attachment.not-found"));
    }

    @Test
    void aReplyAwaitingTheLeadersApprovalShowsNoFileUntilItIsApproved() {
        Filed filed = signedFor();
        long fileId = attachReplyMaterial(filed.number(), new Upload(REPLY_FILE_NAME, REPLY_FILE));
        reply(filed.number());

        assertThat(lookup(filed).extract().jsonPath().getList("replyFiles")).isEmpty();
        download(filed, fileId).spec(problem(404, "attachment.not-found"));

        approve(filed.number());

        assertThat(lookup(filed).extract().jsonPath().getList("replyFiles.id", Long.class))
                .containsExactly(fileId);
        download(filed, fileId).statusCode(200);
    }

    @Test
    void afterTheLeaderSendsAReplyBackOnlyTheFilesOfTheReplySentAreShown() {
        Filed filed = signedFor();
        long sentBack =
                attachReplyMaterial(filed.number(), new Upload("初稿.txt", "初稿".getBytes(StandardCharsets.UTF_8)));
        reply(filed.number());
        complaints.act(
                XINGQING_LEADER, filed.number(), "reply-approval", Map.of("approved", false, "comment", "事实不清，重新调查"));
        long sent = attachReplyMaterial(filed.number(), new Upload(REPLY_FILE_NAME, REPLY_FILE));
        reply(filed.number());
        approve(filed.number());

        assertThat(lookup(filed).extract().jsonPath().getList("replyFiles.name", String.class))
                .containsExactly(REPLY_FILE_NAME);
        download(filed, sent).statusCode(200);
        download(filed, sentBack).spec(problem(404, "attachment.not-found"));
    }

    @Test
    void aReplySentBackWithAFileAndSentAgainWithoutOneShowsNoFile() {
        Filed filed = signedFor();
        long sentBack = attachReplyMaterial(filed.number(), new Upload(REPLY_FILE_NAME, REPLY_FILE));
        reply(filed.number());
        complaints.act(
                XINGQING_LEADER, filed.number(), "reply-approval", Map.of("approved", false, "comment", "附件有误，请删去"));
        reply(filed.number());
        approve(filed.number());

        JsonPath view = lookup(filed).extract().jsonPath();
        assertThat(view.getString("events.find { it.type == 'REPLIED' }.note")).isEqualTo(Complaints.REPLY_TEXT);
        assertThat(view.getList("replyFiles")).isEmpty();
        download(filed, sentBack).spec(problem(404, "attachment.not-found"));
    }

    private record Filed(String number, String queryCode) {}

    private Filed signedFor() {
        JsonPath filed = complaints.file(Complaints.webComplaint());
        Filed credentials = new Filed(filed.getString("trackingNumber"), filed.getString("queryCode"));
        complaints.dispatch(complaints.accept(credentials.number()));
        complaints.act(XINGQING_HANDLER, credentials.number(), "sign-for", Map.of());
        return credentials;
    }

    private Filed replied(Upload file) {
        Filed filed = signedFor();
        attachReplyMaterial(filed.number(), file);
        reply(filed.number());
        approve(filed.number());
        return filed;
    }

    private long attachReplyMaterial(String number, Upload file) {
        return Uploads.multipart(api.as(XINGQING_HANDLER), List.of(file))
                .queryParam("purpose", "REPLY")
                .post("/complaints/{n}/attachments", number)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("find { it.name == '" + file.name() + "' }.id");
    }

    private void reply(String number) {
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
    }

    private void approve(String number) {
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
    }

    private ValidatableResponse lookup(Filed filed) {
        return api.anonymous()
                .header("X-Forwarded-For", client)
                .body(Map.of("trackingNumber", filed.number(), "queryCode", filed.queryCode()))
                .post("/lookup")
                .then();
    }

    private ValidatableResponse download(Filed filed, long id) {
        return api.anonymous()
                .header("X-Forwarded-For", client)
                .body(Map.of("trackingNumber", filed.number(), "queryCode", filed.queryCode()))
                .post("/lookup/attachments/{id}", id)
                .then();
    }

    /** The problem as the client reads it, but for the address it answers (the request's own path). */
    private static Map<String, Object> withoutInstance(ValidatableResponse refusal) {
        Map<String, Object> problem = new HashMap<>(refusal.extract().jsonPath().getMap("$"));
        problem.remove("instance");
        return problem;
    }
}
