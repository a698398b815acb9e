package org.xinfang.petition.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.xinfang.petition.cluster.IntakeLoad.Filing;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.supervision.SupervisionProcess;
import org.xinfang.petition.support.Complaints;

/**
 * Two nodes on one database, and a node killed under load (docs/deployment.md). Two backend JVMs run the packaged
 * application on the shared MariaDB; the test works them through their APIs and reads the database and the
 * nodes' logs for what the API does not show. A cold start costs 15–90 s here, so the checks share the nodes and
 * run in order; the last one stops node A and kills node B.
 *
 * <p>A deadline falls due in the test as it would with time: the test moves the due date of the engine's timer job
 * to the past, and whichever node's job executor acquires it first fires it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ClusterIT {

    private static final String SIGN_FOR_WARNING = ComplaintProcess.Boundary.SIGN_FOR_WARNING;
    private static final String SIGN_FOR_OVERDUE = ComplaintProcess.Boundary.SIGN_FOR_OVERDUE;
    private static final String ORDER_MISSED = SupervisionProcess.Boundary.ORDER_MISSED;
    private static final Timestamp LONG_AGO = Timestamp.valueOf("2020-01-01 00:00:00");
    private static final Duration TIMERS = Duration.ofSeconds(90);

    private final ClusterDatabase database = new ClusterDatabase();
    private final Cluster cluster = new Cluster(database);
    private Node a;
    private Node b;

    @BeforeAll
    void startTwoNodes() throws Exception {
        database.recreate();
        cluster.clear();
        // One after the other: the first migrates the new database and seeds the demo organisation.
        a = cluster.node("node-a", 0).start();
        b = cluster.node("node-b", 1).start();
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        a.stop();
        b.stop();
    }

    @Test
    @Order(1)
    void bothNodesServeTheApiTheWebappsAndTheEngineRestApi() {
        for (Node node : List.of(a, b)) {
            node.api().as(CLERK).get("/complaints").then().statusCode(200);
            assertThat(node.status("/operaton/app/tasklist/"))
                    .as("Tasklist on %s", node)
                    .isEqualTo(200);
            node.api().engineRestAs(ADMIN).get("/engine").then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void aModelDeployedThroughOneNodeIsExecutedByTheOther() throws IOException {
        String definition = deployComplaintHandlingAgain(a);

        String number = complaints(b).file();

        b.api()
                .engineRestAs(ADMIN)
                .queryParam("businessKey", number)
                .get("/process-instance")
                .then()
                .statusCode(200)
                .body("definitionId", contains(definition));
        complaints(b).accept(number);
        assertThat(complaints(a).detail(number).getString("status")).isEqualTo("PENDING_DISPATCH");
    }

    @Test
    @Order(3)
    void aCaseFiledOnOneNodeIsWorkedOnTheOther() {
        String number = complaints(a).file();

        complaints(b).accept(number);
        complaints(a).dispatch(number);
        complaints(b).act(XINGQING_HANDLER, number, "sign-for", Map.of());

        assertThat(complaints(a).detail(number).getString("status")).isEqualTo("IN_HANDLING");
        assertThat(events(number, "ACCEPTED", "DISPATCHED", "SIGNED_FOR")).containsOnly(1L);
    }

    @Test
    @Order(4)
    void aDeadlineFallingDueIsProcessedOnceAcrossTheCluster() {
        List<String> cases = IntStream.range(0, 8)
                .mapToObj(i -> complaints(i % 2 == 0 ? a : b).dispatched())
                .toList();
        cases.forEach(number -> assertThat(events(number, "SIGN_FOR_WARNING", "SIGN_FOR_OVERDUE"))
                .containsOnly(0L));

        bringDue(cases, SIGN_FOR_WARNING, SIGN_FOR_OVERDUE);

        await("the sign-for timers fired")
                .atMost(TIMERS)
                .until(() -> pendingTimers(cases) == 0
                        && cases.stream()
                                .allMatch(number ->
                                        events(number, "SUPERVISION_STARTED").get(0) == 1));
        for (String number : cases) {
            assertThat(events(number, "SIGN_FOR_WARNING", "SIGN_FOR_OVERDUE", "SUPERVISION_STARTED"))
                    .containsOnly(1L);
            assertThat(processInstances(number, SupervisionProcess.KEY)).isEqualTo(1);
            assertOneNotificationEach(number, "SIGN_FOR_WARNING");
            assertOneNotificationEach(number, "SIGN_FOR_OVERDUE");
        }
        assertThat(incidents()).isZero();
    }

    @Test
    @Order(5)
    void aMissedSupervisionOrderEscalatesOnceAcrossTheCluster() {
        List<String> supervised = database.strings(
                "select distinct c.tracking_number from complaint c join case_event e on e.complaint_id = c.id"
                        + " where e.type = 'SUPERVISION_STARTED'");
        assertThat(supervised).isNotEmpty();
        for (int i = 0; i < supervised.size(); i++) {
            (i % 2 == 0 ? a : b)
                    .api()
                    .as("inspector.xingqing")
                    .body(Map.of("instructions", "请即办理。"))
                    .post("/supervision/cases/{number}/orders", supervised.get(i))
                    .then()
                    .statusCode(201);
        }

        bringDue(supervised, ORDER_MISSED);

        await("the missed orders escalated")
                .atMost(TIMERS)
                .until(() -> supervised.stream()
                        .allMatch(number ->
                                events(number, "SUPERVISION_ESCALATED").get(0) == 1));
        for (String number : supervised) {
            assertThat(events(number, "SUPERVISION_ORDER_MISSED", "SUPERVISION_ESCALATED"))
                    .containsOnly(1L);
            assertThat(database.strings(
                            "select o.status from supervision_order o join complaint c on c.id = o.complaint_id"
                                    + " where c.tracking_number = ? order by o.sequence_no",
                            number))
                    .containsExactly("MISSED", "ISSUED");
        }
        assertThat(incidents()).isZero();
    }

    @Test
    @Order(6)
    void everyMessageToAComplainantIsDeliveredOnceByOneOfTheNodes() throws IOException {
        awaitOutboxDelivered();

        Map<Long, Long> deliveries = deliveries(a, b);
        List<Long> messages = database.longs("select id from message_outbox");
        assertThat(messages).isNotEmpty();
        assertThat(deliveries.keySet()).containsExactlyInAnyOrderElementsOf(messages);
        assertThat(new HashSet<>(deliveries.values())).containsOnly(1L);
    }

    @Test
    @Order(7)
    void aNodeKilledDuringIntakeLoadLosesNothingItAcknowledged() throws Exception {
        // Node B alone, so that what falls due while it is down has no other node to fire it.
        a.stop();
        List<String> waiting =
                IntStream.range(0, 3).mapToObj(i -> complaints(b).dispatched()).toList();
        long complaintsBefore = database.count("select count(*) from complaint");
        IntakeLoad load = new IntakeLoad(24);

        load.start(b.api());
        load.awaitAcknowledged(40);
        load.stopSending();
        b.kill();
        List<Filing> filings = load.finish();
        List<Long> claimedByTheDead = database.longs(
                "select id from message_outbox where status = 'PENDING' and claimed_by like ?", b.pid() + "@%");
        bringDue(waiting, SIGN_FOR_WARNING);
        b.start();

        assertThat(filings)
                .filteredOn(filing -> filing.status() != 0)
                .extracting(Filing::status)
                .containsOnly(201);
        List<Filing> acknowledged =
                filings.stream().filter(Filing::acknowledged).toList();
        List<String> numbers = new ArrayList<>();
        for (Filing filing : filings) {
            var retried = filing.retry(b.api());
            assertThat(retried.statusCode()).isEqualTo(201);
            if (filing.acknowledged()) {
                assertThat(retried.jsonPath().getString("trackingNumber")).isEqualTo(filing.trackingNumber());
                assertThat(retried.jsonPath().getString("queryCode")).isEqualTo(filing.queryCode());
            }
            numbers.add(retried.jsonPath().getString("trackingNumber"));
            assertFiledWhole(retried.jsonPath().getString("trackingNumber"), filing.withAttachment());
        }
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(database.count("select count(*) from complaint")).isEqualTo(complaintsBefore + filings.size());
        assertThat(database.count("select count(*) from complaint c where not exists (select 1 from ACT_HI_PROCINST p"
                        + " where p.BUSINESS_KEY_ = c.tracking_number and p.PROC_DEF_KEY_ = 'complaint-handling')"))
                .isZero();

        await("the warnings that fell due while the node was down")
                .atMost(TIMERS)
                .until(() -> pendingTimers(waiting) == 0);
        waiting.forEach(number -> assertThat(events(number, "SIGN_FOR_WARNING")).containsOnly(1L));

        awaitOutboxDelivered();
        Map<Long, Long> deliveries = deliveries(a, b);
        assertThat(deliveries.keySet())
                .containsExactlyInAnyOrderElementsOf(database.longs("select id from message_outbox"));
        // Delivery is at least once: a message the killed node had handed to its gateway but not yet marked sent is
        // delivered again once its claim runs out, and the gateway knows it by its id. Every other message once.
        deliveries.forEach((message, times) -> assertThat(times)
                .as("deliveries of message #%d", message)
                .isLessThanOrEqualTo(claimedByTheDead.contains(message) ? 2 : 1));
        System.out.printf(
                "Crash test: %d filings, %d acknowledged before the kill, %d cut off in flight; %d messages"
                        + " claimed by the killed node%n",
                filings.size(), acknowledged.size(), filings.size() - acknowledged.size(), claimedByTheDead.size());
    }

    private void assertFiledWhole(String number, boolean withAttachment) {
        assertThat(processInstances(number, ComplaintProcess.KEY))
                .as("running process of %s", number)
                .isEqualTo(1);
        List<String> files = database.strings(
                "select a.storage_key from attachment a join complaint c"
                        + " on c.id = a.complaint_id where c.tracking_number = ?",
                number);
        assertThat(files).as("attachments of %s", number).hasSize(withAttachment ? 1 : 0);
        files.forEach(
                key -> assertThat(Files.isRegularFile(cluster.attachments().resolve(key)))
                        .as("file %s of %s", key, number)
                        .isTrue());
    }

    private static String deployComplaintHandlingAgain(Node node) throws IOException {
        try (InputStream model = ClusterIT.class.getResourceAsStream("/processes/complaint-handling.bpmn")) {
            Map<String, ?> deployed = node.api()
                    .engineRestAs(ADMIN)
                    .contentType("multipart/form-data")
                    .multiPart("deployment-name", "cluster-test")
                    .multiPart("enable-duplicate-filtering", "false")
                    .multiPart("data", "complaint-handling.bpmn", model.readAllBytes(), "application/octet-stream")
                    .post("/deployment/create")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("deployedProcessDefinitions");
            assertThat(deployed).hasSize(1);
            return deployed.keySet().iterator().next();
        }
    }

    /** Moves the due date of the cases' timer jobs of the given activities to the past. */
    private void bringDue(List<String> numbers, String... timers) {
        for (String number : numbers) {
            for (String timer : timers) {
                assertThat(database.update(
                                "update ACT_RU_JOB set DUEDATE_ = ?"
                                        + " where JOB_DEF_ID_ in (select ID_ from ACT_RU_JOBDEF where ACT_ID_ = ?)"
                                        + " and PROCESS_INSTANCE_ID_ in (select ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?)",
                                LONG_AGO,
                                timer,
                                number))
                        .as("timer %s of %s", timer, number)
                        .isEqualTo(1);
            }
        }
    }

    /** The cases' timer jobs that are due and not yet done. */
    private long pendingTimers(List<String> numbers) {
        return numbers.stream()
                .mapToLong(number -> database.count(
                        "select count(*) from ACT_RU_JOB where DUEDATE_ = ?"
                                + " and PROCESS_INSTANCE_ID_ in (select ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ?)",
                        LONG_AGO,
                        number))
                .sum();
    }

    private List<Long> events(String number, String... types) {
        return Arrays.stream(types)
                .map(type -> database.count(
                        "select count(*) from case_event e"
                                + " join complaint c on c.id = e.complaint_id where c.tracking_number = ? and e.type = ?",
                        number,
                        type))
                .toList();
    }

    private long processInstances(String number, String key) {
        return database.count(
                "select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
                        + " where e.BUSINESS_KEY_ = ? and e.PARENT_ID_ is null and d.KEY_ = ?",
                number,
                key);
    }

    /** Someone was told, and no one twice. */
    private void assertOneNotificationEach(String number, String type) {
        List<Long> perRecipient = database.longs(
                "select count(*) from staff_notification n join complaint c"
                        + " on c.id = n.complaint_id where c.tracking_number = ? and n.type = ? group by n.recipient",
                number,
                type);
        assertThat(perRecipient)
                .as("%s notifications of %s per recipient", type, number)
                .isNotEmpty()
                .containsOnly(1L);
    }

    private long incidents() {
        return database.count("select count(*) from ACT_RU_INCIDENT");
    }

    /** Every message handed to the nodes' only gateway, the recording one: so kept as UNSENT, none left pending. */
    private void awaitOutboxDelivered() {
        await("the outbox delivered")
                .atMost(Duration.ofMinutes(1))
                .until(() -> database.count("select count(*) from message_outbox where status <> 'UNSENT'") == 0);
    }

    /** How often each message was handed to a gateway, by any of the nodes. */
    private static Map<Long, Long> deliveries(Node... nodes) throws IOException {
        List<Long> all = new ArrayList<>();
        for (Node node : nodes) {
            all.addAll(node.deliveredMessages());
        }
        return all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Complaints complaints(Node node) {
        return new Complaints(node.api());
    }
}
