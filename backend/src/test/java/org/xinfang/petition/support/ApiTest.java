package org.xinfang.petition.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.ResponseSpecification;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * The base of every API test: the running application, its REST API, a way to make cases through it, and probes
 * into the database and the engine for what the API does not show.
 */
@PetitionTest
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected TaskService taskService;

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private HistoryService historyService;

    @Autowired
    private JdbcTemplate jdbc;

    protected Api api;
    protected Complaints complaints;

    @BeforeEach
    void connect() {
        api = new Api(port);
        complaints = new Complaints(api);
    }

    /** Byte-level HTTP to the running application, for what a client library will not send. */
    protected RawHttp raw() {
        return RawHttp.to(port);
    }

    /** The case's open task of the stage, straight from the engine; null when there is none. */
    protected Task openTask(String number, Stage stage) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(stage.taskKey())
                .singleResult();
    }

    /** Runs a request that must be refused, and checks it left the case's task unclaimed and its timeline as it was. */
    protected void assertRefusalLeavesCaseUntouched(String number, Stage stage, Runnable refusedRequest) {
        int events = complaints.detail(number).getList("timeline").size();
        refusedRequest.run();
        Task task = openTask(number, stage);
        assertThat(task).as("the open %s task", stage).isNotNull();
        assertThat(task.getAssignee()).as("its assignee").isNull();
        assertThat(complaints.detail(number).getList("timeline"))
                .as("the timeline")
                .hasSize(events);
    }

    /**
     * Posts an action on a case that must be refused as {@code refusal} says, and checks it left the case's open task
     * of {@code openStage} unclaimed and its timeline as it was. A null login posts without credentials.
     */
    protected void assertRefused(
            String login, String number, String action, Object body, Stage openStage, ResponseSpecification refusal) {
        assertRefusalLeavesCaseUntouched(
                number,
                openStage,
                () -> complaints.post(login, number, action, body).spec(refusal));
    }

    /**
     * Does the work with the engine's clock, the one clock of the system, stopped at the instant: everything it
     * records bears that time.
     */
    protected static <T> T atOneInstant(Instant instant, Supplier<T> work) {
        Date before = ClockUtil.getCurrentTime();
        ClockUtil.setCurrentTime(Date.from(instant));
        try {
            return work.get();
        } finally {
            ClockUtil.setCurrentTime(before);
        }
    }

    /** The tracking numbers on a page of cases or work items. */
    protected static List<String> trackingNumbers(JsonPath page) {
        return page.getList("content.trackingNumber", String.class);
    }

    /** How many rows our tables and the engine hold, to show that a refused request wrote none. */
    protected RowCounts rowCounts() {
        return new RowCounts(
                count("complaint"),
                count("complainant"),
                count("case_event"),
                count("reply"),
                count("callback"),
                runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ComplaintProcess.KEY)
                        .count(),
                historyService
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(ComplaintProcess.KEY)
                        .count());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Row counts of our tables and of the engine's running and historic process instances. */
    public record RowCounts(
            long complaints,
            long complainants,
            long events,
            long replies,
            long callbacks,
            long processInstances,
            long historicProcessInstances) {}
}
