package org.xinfang.petition.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Problems.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.messaging.MessageGateway.OutgoingMessage;
import org.xinfang.petition.messaging.OutboxMessage.Status;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Pages;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.TestMessageGateway;

/**
 * The dispatcher delivers the outbox to the gateway: retries with a growing wait, gives up after the last attempt,
 * survives a node that dies holding a claim (delivered once by the next poll after the lease), and administrators
 * see the outbox masked and may retry.
 */
class OutboxDeliveryTest extends ApiTest {

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    Cases cases;

    @Autowired
    TestMessageGateway gateway;

    @Autowired
    MessagingProperties properties;

    @Autowired
    Gateways gateways;

    @BeforeEach
    void deliverWhatOtherTestsLeft() {
        Outboxes.deliverWhatOtherTestsLeft(dispatcher, gateway);
    }

    @Test
    void theDispatcherIsTheOneGatewayDeclaredForEveryChannel() {
        assertThat(gateways.forChannel(MessageChannel.SMS)).isSameAs(gateway);
        assertThat(gateways.forChannel(MessageChannel.EMAIL)).isSameAs(gateway);
    }

    @Test
    void aMessageIsDeliveredOnceWithItsRecipientInClearOnlyForTheGateway() {
        long id = receivedMessageOf(complaints.file());

        assertThat(dispatcher.poll()).isEqualTo(1);
        assertThat(dispatcher.poll()).isZero();

        assertThat(gateway.delivered()).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(id);
            assertThat(message.recipient()).isEqualTo("+8613812345678");
            assertThat(message.channel()).isEqualTo(MessageChannel.SMS);
        });
        OutboxMessage sent = outbox.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(Status.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getClaimedBy()).isNull();
        assertThat(sent.getGateway()).as("who took it").isEqualTo("test");
        assertThat(sent.getProviderReference()).as("the provider's reference").isEqualTo("test-" + id);
    }

    @Test
    void aFailingGatewayIsTriedAgainAfterAGrowingWait() {
        long id = receivedMessageOf(complaints.file());
        gateway.reset(2);
        Instant start = PinnedClock.now().toInstant();

        assertThat(dispatcher.poll()).isZero();
        OutboxMessage first = outbox.findById(id).orElseThrow();
        assertThat(first.getStatus()).isEqualTo(Status.PENDING);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getNextAttemptAt()).isEqualTo(start.plus(Duration.ofSeconds(30)));
        assertThat(first.getLastError())
                .as("the refusal, without the number")
                .contains("IllegalStateException")
                .doesNotContain("13812345678");
        assertThat(dispatcher.poll()).as("not before its time").isZero();
        assertThat(gateway.attempts()).isEqualTo(1);

        PinnedClock.pinAt(start.plusSeconds(31));
        assertThat(dispatcher.poll()).isZero();
        OutboxMessage second = outbox.findById(id).orElseThrow();
        assertThat(second.getAttempts()).isEqualTo(2);
        assertThat(Duration.between(start.plusSeconds(31), second.getNextAttemptAt()))
                .as("the wait doubles")
                .isEqualTo(Duration.ofSeconds(60));
        PinnedClock.pinAt(start.plusSeconds(31 + 59));
        assertThat(dispatcher.poll()).as("not a second before its time").isZero();

        PinnedClock.pinAt(start.plusSeconds(31 + 60));
        assertThat(dispatcher.poll()).isEqualTo(1);
        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(Status.SENT);
        assertThat(outbox.findById(id).orElseThrow().getAttempts()).isEqualTo(3);
        assertThat(gateway.delivered()).extracting(OutgoingMessage::id).containsExactly(id);
    }

    @Test
    void aMessageIsGivenUpAfterTheLastAttemptAndAnAdministratorMayRetryIt() {
        long id = receivedMessageOf(complaints.file());
        gateway.reset(Integer.MAX_VALUE);
        Instant now = PinnedClock.now().toInstant();
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            dispatcher.poll();
            now = now.plus(properties.maxRetryAfter()).plusSeconds(1);
            PinnedClock.pinAt(now);
        }
        OutboxMessage failed = outbox.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(Status.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(properties.maxAttempts());
        dispatcher.poll();
        assertThat(outbox.findById(id).orElseThrow().getAttempts())
                .as("no attempt once given up")
                .isEqualTo(properties.maxAttempts());

        assertThat(Pages.values(Pages.every(() -> api.as(ADMIN).queryParam("status", "FAILED"), "/admin/outbox"), "id"))
                .contains((int) id);
        gateway.reset(0);
        api.as(ADMIN)
                .post("/admin/outbox/{id}/retry", id)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        assertThat(dispatcher.poll()).isEqualTo(1);
        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(Status.SENT);

        api.as(ADMIN).post("/admin/outbox/{id}/retry", id).then().spec(problem(409, "outbox.already-sent"));
        api.as(ADMIN).post("/admin/outbox/{id}/retry", Long.MAX_VALUE).then().spec(problem(404, "outbox.not-found"));
    }

    @Test
    void aMessageClaimedByANodeThatDiedIsDeliveredOnceByTheNextPollAfterTheLease() {
        long id = receivedMessageOf(complaints.file());
        String deadNodesClaim = dispatcher.claim(id);
        assertThat(deadNodesClaim).isNotNull();
        assertThat(dispatcher.claim(id)).as("held: nobody else may claim it").isNull();
        api.as(ADMIN).post("/admin/outbox/{id}/retry", id).then().spec(problem(409, "outbox.being-delivered"));
        assertThat(dispatcher.poll()).as("not while the lease runs").isZero();

        PinnedClock.pinAt(PinnedClock.now().toInstant().plus(properties.lease()).plusSeconds(1));
        assertThat(dispatcher.poll()).isEqualTo(1);
        assertThat(dispatcher.poll()).isZero();

        assertThat(gateway.delivered()).extracting(OutgoingMessage::id).containsExactly(id);
        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(Status.SENT);
        assertThat(outbox.delivered(id, deadNodesClaim, Status.SENT, Instant.now(), "test", null))
                .as("the dead node's claim counts no more")
                .isZero();
    }

    @Test
    void nodesPollingAtOnceDeliverEachMessageOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(receivedMessageOf(complaints.file()));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> polls = List.of(dispatcher::poll, dispatcher::poll, dispatcher::poll);
            int delivered = 0;
            for (Future<Integer> poll : nodes.invokeAll(polls)) {
                delivered += poll.get();
            }
            assertThat(delivered).isEqualTo(ids.size());
        } finally {
            nodes.shutdown();
        }
        assertThat(gateway.delivered()).extracting(OutgoingMessage::id).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void onlyAdministratorsSeeTheOutboxAndOnlyMasked() {
        receivedMessageOf(complaints.file());

        var pending = Pages.every(() -> api.as(ADMIN).queryParam("status", "PENDING"), "/admin/outbox");
        assertThat(pending).isNotEmpty();
        assertThat(Pages.values(pending, "recipient"))
                .allMatch(recipient -> ((String) recipient).matches("138\\*{4}5678|.\\*{3}@.+"));
        assertThat(Pages.values(pending, "status")).containsOnly("PENDING");
        api.as(CLERK).get("/admin/outbox").then().statusCode(403);
        api.as(CLERK).post("/admin/outbox/{id}/retry", 1).then().statusCode(403);
        api.anonymous().get("/admin/outbox").then().statusCode(401);
        api.as(ADMIN).get("/admin/outbox?status=LOST").then().statusCode(400);
    }

    private long receivedMessageOf(String number) {
        Long complaintId = cases.get(number).getId();
        return outbox.findByComplaintIdOrderById(complaintId).get(0).getId();
    }
}
