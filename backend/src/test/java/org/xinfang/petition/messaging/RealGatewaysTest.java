package org.xinfang.petition.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.messaging.OutboxMessage.Status;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.TestMessageGateway;

/**
 * A case's milestone reaches the complainant through the real gateways: e-mail through an SMTP server (GreenMail)
 * and SMS through a provider's HTTP API (a WireMock stub), each delivery recorded with the provider's reference; a
 * provider's refusal is a failed attempt, retried, given up and counted; a channel with no real gateway is kept as
 * unsent, never marked sent.
 */
class RealGatewaysTest extends ApiTest {

    static final String EMAIL = "li.na@example.cn";

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    static final WireMockExtension smsProvider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    OutboxDispatcher contextDispatcher;

    @Autowired
    TestMessageGateway testGateway;

    @Autowired
    RecordingGateway recording;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    Cases cases;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    MessagingProperties properties;

    @Autowired
    OutboxMetrics metrics;

    @Autowired
    MeterRegistry registry;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    OutboxDispatcher dispatcher;

    @BeforeEach
    void realGateways() {
        Outboxes.deliverWhatOtherTestsLeft(contextDispatcher, testGateway);
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(mailServer.getSmtp().getPort());
        MailGateway mail = new MailGateway(smtp, new EmailProperties("信访办 <xinfang@example.gov.cn>"));
        SmsHttpGateway sms = new SmsHttpGateway(new SmsProperties(
                "信访",
                300,
                java.net.URI.create(smsProvider.baseUrl() + "/api/send"),
                "POST",
                "application/json",
                "{\"mobile\":\"{nationalPhone}\",\"content\":\"{text}\",\"requestId\":\"{id}\",\"template\":\"{milestone}\"}",
                null,
                null,
                Map.of("Authorization", "Bearer t0ken"),
                "2\\d\\d",
                "\"code\"\\s*:\\s*0\\b",
                "\"msgId\"\\s*:\\s*\"([^\"]+)\"",
                Duration.ofSeconds(5)));
        dispatcher = dispatcherWith(new Gateways(List.of(mail, sms, recording), recording));
    }

    @Test
    void aMilestoneReachesTheMailServerAndTheSmsProviderEachWithItsReference() throws Exception {
        smsProvider.stubFor(post(urlEqualTo("/api/send"))
                .willReturn(aResponse().withStatus(200).withBody("{\"code\":0,\"msgId\":\"SM-2026-0042\"}")));
        String number =
                complaints.file(Complaints.webComplaintWithEmail(EMAIL, "BOTH")).getString("trackingNumber");
        List<OutboxMessage> written = messagesOf(number);
        assertThat(written)
                .extracting(OutboxMessage::getChannel)
                .containsExactly(MessageChannel.SMS, MessageChannel.EMAIL);

        dispatcher.poll();

        MimeMessage[] mails = mailServer.getReceivedMessagesForDomain("example.cn");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).contains(number);
        assertThat(mails[0].getAllRecipients()[0]).hasToString(EMAIL);
        assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
        assertThat(mails[0].getContent().toString())
                .contains("您的投诉已收到，受理编号：" + number)
                .contains("Your complaint has been received");

        List<LoggedRequest> calls = smsProvider.findAll(postRequestedFor(urlEqualTo("/api/send"))
                .withHeader("Authorization", equalTo("Bearer t0ken"))
                .withRequestBody(matchingJsonPath("$.mobile", equalTo("13812345678")))
                .withRequestBody(matchingJsonPath("$.template", equalTo("RECEIVED")))
                .withRequestBody(matchingJsonPath(
                        "$.requestId", equalTo(String.valueOf(written.get(0).getId())))));
        assertThat(calls).hasSize(1);
        String text = com.jayway.jsonpath.JsonPath.read(calls.get(0).getBodyAsString(), "$.content");
        assertThat(text)
                .as("the signature first, then the Chinese text only, with no personal data")
                .startsWith("【信访】您的投诉已收到，受理编号：" + number)
                .doesNotContain("Your complaint")
                .doesNotContain("张伟")
                .doesNotContain("11010519491231002X")
                .doesNotContain("13812345678")
                .hasSizeLessThanOrEqualTo(300);

        OutboxMessage sms = outbox.findById(written.get(0).getId()).orElseThrow();
        assertThat(sms.getStatus()).isEqualTo(Status.SENT);
        assertThat(sms.getGateway()).isEqualTo("sms-http");
        assertThat(sms.getProviderReference()).isEqualTo("SM-2026-0042");
        OutboxMessage mail = outbox.findById(written.get(1).getId()).orElseThrow();
        assertThat(mail.getStatus()).isEqualTo(Status.SENT);
        assertThat(mail.getGateway()).isEqualTo("smtp");
        assertThat(mail.getProviderReference()).isEqualTo(mails[0].getMessageID());
    }

    @Test
    void aProviderRefusalIsAFailedAttemptRetriedThenGivenUpAndCounted() {
        smsProvider.stubFor(post(urlEqualTo("/api/send"))
                .willReturn(aResponse().withStatus(200).withBody("{\"code\":17,\"msg\":\"余额不足\"}")));
        long id = messagesOf(complaints.file()).get(0).getId();
        double failedBefore = deliveries("failed");
        double givenUpBefore = deliveries("given-up");

        dispatcher.poll();

        OutboxMessage first = outbox.findById(id).orElseThrow();
        assertThat(first.getStatus()).as("a refusal is not a delivery").isEqualTo(Status.PENDING);
        assertThat(first.getLastError()).contains("HTTP 200").contains("余额不足").doesNotContain("13812345678");
        assertThat(deliveries("failed")).isEqualTo(failedBefore + 1);

        Instant now = PinnedClock.now().toInstant();
        for (int attempt = 2; attempt <= properties.maxAttempts(); attempt++) {
            now = now.plus(properties.maxRetryAfter()).plusSeconds(1);
            PinnedClock.pinAt(now);
            dispatcher.poll();
        }
        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(Status.FAILED);
        assertThat(deliveries("given-up")).isEqualTo(givenUpBefore + 1);
        assertThat(registry.get(OutboxMetrics.MESSAGES)
                        .tag("status", "failed")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aChannelWithNoRealGatewayIsKeptUnsentAndAnAdministratorMaySendItLater() {
        long id = messagesOf(complaints.file()).get(0).getId();

        assertThat(dispatcherWith(new Gateways(List.of(recording), recording)).poll())
                .as("nothing really went out")
                .isZero();

        OutboxMessage unsent = outbox.findById(id).orElseThrow();
        assertThat(unsent.getStatus()).isEqualTo(Status.UNSENT);
        assertThat(unsent.getGateway()).isEqualTo("recording");
        api.as(ADMIN)
                .post("/admin/outbox/{id}/retry", id)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        assertThat(contextDispatcher.poll()).isEqualTo(1);
        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(Status.SENT);
    }

    private OutboxDispatcher dispatcherWith(Gateways gateways) {
        return new OutboxDispatcher(outbox, gateways, cipher, properties, metrics, transactions, clock);
    }

    private double deliveries(String outcome) {
        var counter = registry.find(OutboxMetrics.DELIVERIES)
                .tag("channel", "sms")
                .tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private List<OutboxMessage> messagesOf(String number) {
        return outbox.findByComplaintIdOrderById(cases.get(number).getId());
    }
}
