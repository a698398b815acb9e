package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.RawHttp;
import org.xinfang.petition.support.RawHttp.Answer;

/**
 * X-Forwarded-For and X-Forwarded-Proto count only from a configured proxy: by default from no one, so that no
 * client can reset the per-address limits, forge the address in the audit trail or claim TLS. The test profile
 * configures loopback 127.0.0.1 as its proxy; 127.0.0.2, another loopback address that Tomcat's own default would
 * trust as internal, stands for any other peer.
 */
class ForwardedHeadersTest extends ApiTest {

    private static final String FORGED = "X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\n";

    @Test
    void aPeerThatIsNotAConfiguredProxyIsAuditedWithItsOwnAddressWhateverItForwards() throws Exception {
        String number = fileFrom(raw().from("127.0.0.2"));

        assertThat(registeredFrom(number)).isEqualTo("127.0.0.2");
    }

    @Test
    void aPeerThatIsNotAConfiguredProxyGetsNoHstsForAClaimedTls() throws Exception {
        Answer answer = raw().from("127.0.0.2")
                .send(
                        "GET /api/v1/reference/regions HTTP/1.1\r\n" + "Host: localhost\r\nConnection: close\r\n"
                                + FORGED,
                        "");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void theConfiguredProxyForwardsTheClientsAddress() throws Exception {
        String number = fileFrom(raw());

        assertThat(registeredFrom(number)).isEqualTo("203.0.113.7");
    }

    @Test
    void theDefaultConfigurationTrustsNoProxyNotEvenLoopback() throws Exception {
        assertThat(addressSeenWith()).isEqualTo("127.0.0.1 http");
    }

    @Test
    void aProxyIsTrustedOnceConfigured() throws Exception {
        assertThat(addressSeenWith("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"))
                .isEqualTo("203.0.113.7 https");
    }

    private String fileFrom(RawHttp client) throws Exception {
        String complaint = new ObjectMapper().writeValueAsString(Complaints.webComplaint());
        Answer filed = client.send(
                "POST /api/v1/complaints HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Content-Type: application/json; charset=UTF-8\r\nContent-Length: "
                        + complaint.getBytes(StandardCharsets.UTF_8).length + "\r\n" + FORGED,
                complaint);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return new JsonPath(filed.body()).getString("trackingNumber");
    }

    private String registeredFrom(String number) {
        return api.as(ADMIN)
                .param("trackingNumber", number)
                .param("action", "CASE_REGISTERED")
                .get("/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("content[0].clientAddress");
    }

    /**
     * Starts a bare web server with the application's own server settings (application.properties, no profile),
     * asks it from loopback with forged headers, and answers the client address and scheme it saw.
     */
    private static String addressSeenWith(String... settings) throws IOException {
        SpringApplication server = new SpringApplication(AddressEcho.class);
        // The suite's logging is set up once; a second application must not set it up again.
        List<ApplicationListener<?>> listeners = server.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener))
                .toList();
        server.setListeners(listeners);
        String[] args = new String[settings.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--spring.profiles.active=forwarded-headers-default";
        System.arraycopy(settings, 0, args, 2, settings.length);
        try (var context = (ServletWebServerApplicationContext) server.run(args)) {
            return RawHttp.to(context.getWebServer().getPort())
                    .send("GET /address HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n" + FORGED, "")
                    .body();
        }
    }

    /** Not a stereotyped configuration, so that neither the suite's context nor its test search finds it. */
    @ImportAutoConfiguration({
        ServletWebServerFactoryAutoConfiguration.class,
        EmbeddedWebServerFactoryCustomizerAutoConfiguration.class
    })
    static class AddressEcho {

        @Bean
        ServletRegistrationBean<HttpServlet> address() {
            return new ServletRegistrationBean<>(
                    new HttpServlet() {
                        @Override
                        protected void doGet(HttpServletRequest request, HttpServletResponse response)
                                throws IOException {
                            response.getWriter().write(request.getRemoteAddr() + " " + request.getScheme());
                        }
                    },
                    "/address");
        }
    }
}
