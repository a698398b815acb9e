package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.RawHttp;
import org.xinfang.petition.support.RawHttp.Answer;

/**
 * What the servlet container and the security firewall refuse before any controller runs is answered as an RFC
 * 7807 problem like every other error: never Tomcat's HTML page, Spring Boot's own error body or a 500.
 */
class ContainerErrorsTest extends ApiTest {

    private static final String CLOSE = "Host: localhost\r\nConnection: close\r\n";

    @ParameterizedTest
    @ValueSource(strings = {"X-Note", "Accept-Language", "Accept", "User-Agent"})
    void aC1ControlByteInAnyHeaderIsABadRequestProblem(String header) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(("GET /api/v1/reference/regions HTTP/1.1\r\n" + CLOSE + header + ": a")
                .getBytes(StandardCharsets.US_ASCII));
        head.write(0x85);
        head.write("b\r\n".getBytes(StandardCharsets.US_ASCII));

        assertProblem(raw().send(head.toByteArray(), new byte[0]), 400, "request-rejected");
    }

    @Test
    void aC1ControlByteInTheCredentialsOfAnActionIsABadRequestProblem() throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(("POST /api/v1/complaints/X/sign-for HTTP/1.1\r\n" + CLOSE + RawHttp.basicAuthorization(Logins.CLERK)
                        + "X-Requested-By: a")
                .getBytes(StandardCharsets.US_ASCII));
        head.write(0x9B);
        head.write("\r\nContent-Length: 0\r\n".getBytes(StandardCharsets.US_ASCII));

        assertProblem(raw().send(head.toByteArray(), new byte[0]), 400, "request-rejected");
    }

    @Test
    void anotherApplicationsCookieInRawUtf8DoesNotBlockTheRequest() throws Exception {
        // 文 in UTF-8 is E6 96 87: read byte by byte, two C1 controls; browsers send every cookie of the host.
        byte[] head = ("GET /api/v1/reference/regions HTTP/1.1\r\n" + CLOSE + "Cookie: other-app=文件\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(raw().send(head, new byte[0]).status()).isEqualTo(200);
    }

    @Test
    void aC0ControlByteInAHeaderIsABadRequestProblem() throws Exception {
        assertProblem(
                raw().send("GET /api/v1/reference/regions HTTP/1.1\r\n" + CLOSE + "X-Note: a\u0001b\r\n", ""),
                400,
                "http.400");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/complaints/a%2Fb",
                "/api/v1/complaints/a%2fb/complainant",
                "/operaton/app/tasklist%2F..%2Fadmin/",
                "/engine-rest/task%2Fx",
                "/api/v1/complaints/a%5Cb"
            })
    void anEncodedSlashOrBackslashInThePathIsABadRequestProblem(String path) throws Exception {
        assertProblem(raw().send("GET " + path + " HTTP/1.1\r\n" + CLOSE, ""), 400, "http.400");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/reference;jsessionid=x/regions",
                "/api/v1/../v1/reference/regions",
                "/api/v1/complaints/%25",
                "/api/v1//reference/regions"
            })
    void aPathTheFirewallRefusesIsABadRequestProblem(String path) throws Exception {
        assertProblem(raw().send("GET " + path + " HTTP/1.1\r\n" + CLOSE, ""), 400, "request-rejected");
    }

    @Test
    void aMalformedRequestLineIsABadRequestProblem() throws Exception {
        assertProblem(raw().send("GET /api/v1/complaints/a{b HTTP/1.1\r\n" + CLOSE, ""), 400, "http.400");
    }

    @Test
    void aHeaderOf20KilobytesIsABadRequestProblem() throws Exception {
        assertProblem(
                raw().send(
                                "GET /api/v1/reference/regions HTTP/1.1\r\n" + CLOSE + "X-Padding: "
                                        + "a".repeat(20 * 1024) + "\r\n",
                                ""),
                400,
                "http.400");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        assertProblem(raw().send("GET /error HTTP/1.1\r\n" + CLOSE, ""), 404, "http.404");
    }

    /** A browser asking for an address that names nothing gets the error page; a client of the API, the problem. */
    @Test
    void anAddressThatNamesNothingIsTheErrorPageForABrowserAndAProblemForTheApi() throws Exception {
        String browser = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n";
        Answer page = raw().send("GET /portal/no-such-page HTTP/1.1\r\n" + CLOSE + browser, "");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("找不到这个页面", "This page does not exist");

        assertProblem(
                raw().send(
                                "GET /api/v1/no-such-thing HTTP/1.1\r\n" + CLOSE + browser
                                        + RawHttp.basicAuthorization(Logins.CLERK),
                                ""),
                404,
                "http.404");
        assertProblem(
                raw().send("GET /portal/no-such-page HTTP/1.1\r\n" + CLOSE + "Accept: */*\r\n", ""), 404, "http.404");
    }

    /** A problem with a bilingual title and detail, and nothing of the inside: no HTML, class names or traces. */
    static void assertProblem(Answer answer, int status, String code) throws Exception {
        assertThat(answer.status()).as("status").isEqualTo(status);
        assertThat(answer.header("Content-Type")).as("content type").startsWith("application/problem+json");
        JsonPath problem = new JsonPath(answer.body());
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getString("title")).contains(" / ").containsPattern("\\p{IsHan}");
        assertThat(problem.getString("detail")).contains(" / ").containsPattern("\\p{IsHan}");
        assertThat(answer.body()).doesNotContain("<html", "Exception", "org.", "Tomcat", "\tat ");
        assertThat(new ObjectMapper().readTree(answer.body()).isObject()).isTrue();
    }
}
