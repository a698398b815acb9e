package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.RawHttp;
import org.xinfang.petition.support.RawHttp.Answer;

/**
 * A body of undeclared length (chunked) is counted as it is read: 40 MB are refused (413) after the first
 * megabyte, not read and parsed, whatever the endpoint and whoever sends it; a chunked body within the limit is
 * read as any other.
 */
class RequestSizeLimitTest extends ApiTest {

    private static final int CHUNK = 64 * 1024;
    /** 640 chunks of 64 KB: 40 MB. */
    private static final int FORTY_MEGABYTES = 640;

    @Test
    void aChunkedJsonBodyOf40MegabytesIsRefusedUnreadAndFilesNothing() throws Exception {
        RowCounts before = rowCounts();

        Answer answer = raw().sendChunked(
                        post("/api/v1/complaints", "application/json", null), FORTY_MEGABYTES, CHUNK, (byte) ' ');

        assertTooLarge(answer);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOf40MegabytesIsRefusedToStaffToo() throws Exception {
        String number = complaints.file();
        JsonPath before = complaints.detail(number);

        Answer answer = raw().sendChunked(
                        post("/api/v1/complaints/" + number + "/triage", "application/json", Logins.CLERK),
                        FORTY_MEGABYTES,
                        CHUNK,
                        (byte) ' ');

        assertTooLarge(answer);
        assertThat(complaints.detail(number).getList("timeline")).isEqualTo(before.getList("timeline"));
    }

    @Test
    void aChunkedMultipartBodyToAnEndpointThatTakesNoUploadsIsRefusedUnread() throws Exception {
        String number = complaints.file();

        Answer answer = raw().sendChunked(
                        post(
                                "/api/v1/complaints/" + number + "/triage",
                                "multipart/form-data; boundary=x",
                                Logins.CLERK),
                        FORTY_MEGABYTES,
                        CHUNK,
                        (byte) ' ');

        assertThat(answer.status()).isEqualTo(415);
        assertThat(new JsonPath(answer.body()).getString("code")).isEqualTo("http.415");
    }

    @Test
    void aChunkedMultipartUploadBeyondTheUploadLimitsIsRefused() throws Exception {
        RowCounts before = rowCounts();

        Answer answer = raw().sendChunked(
                        post("/api/v1/complaints", "multipart/form-data; boundary=x", null),
                        FORTY_MEGABYTES,
                        CHUNK,
                        (byte) ' ');

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOther() throws Exception {
        byte[] complaint = new ObjectMapper().writeValueAsBytes(Complaints.webComplaint());

        Answer answer = raw().sendChunked(post("/api/v1/complaints", "application/json", null), complaint);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(new JsonPath(answer.body()).getString("trackingNumber")).startsWith("XF");
    }

    private static String post(String path, String contentType, String login) {
        String credentials = login == null ? "" : RawHttp.basicAuthorization(login);
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + contentType
                + "\r\nTransfer-Encoding: chunked\r\n" + credentials;
    }

    private static void assertTooLarge(Answer answer) {
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonPath problem = new JsonPath(answer.body());
        assertThat(problem.getString("code")).isEqualTo("request-too-large");
        assertThat(problem.getString("detail")).contains(" / ");
    }
}
