package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PinnedClock;

/**
 * Walks cases into supervision and through it: files and dispatches a complaint in a region (bureau-routing
 * sends it to that region's bureau), lets its limits and supervision orders run out on the engine clock and
 * fires the timers as the job executor would.
 */
public final class SupervisionDriver {

    static final String SUPERVISION = SupervisionProcess.KEY;

    private final Api api;
    private final Complaints complaints;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    public SupervisionDriver(Api api, RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.api = api;
        this.complaints = new Complaints(api);
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    Api api() {
        return api;
    }

    /** A complaint in {@code region} of {@code category}, dispatched to the region's bureau. */
    public String dispatched(String region, String category) {
        Map<String, Object> complaint = Complaints.webComplaint();
        complaint.put("region", region);
        complaint.put("category", category);
        String number = complaints.file(complaint).getString("trackingNumber");
        complaints.act(Logins.CLERK, number, "triage", Map.of("decision", "ACCEPT"));
        complaints.act(Logins.CLERK, number, "dispatch", Map.of());
        return number;
    }

    /** The same, signed for by the bureau's handler: its handling clock runs. */
    public String signedFor(String region, String category, String handler) {
        String number = dispatched(region, category);
        complaints.act(handler, number, "sign-for", Map.of());
        return number;
    }

    /** The bureau replies and its leader approves: the handling stage is done. */
    void replied(String number, String handler, String leader) {
        complaints.act(handler, number, "reply", Map.of("text", "经调查核实，已依法处理并答复。"));
        complaints.act(leader, number, "reply-approval", Map.of("approved", true));
    }

    void act(String login, String number, String action, Map<String, ?> body) {
        complaints.act(login, number, action, body);
    }

    /** Moves the clock to a Beijing time and fires one of the case's overdue timers (a ComplaintProcess.Boundary). */
    public void overdueAt(String number, String overdueTimer, String beijingTime) {
        PinnedClock.pinAt(beijingTime);
        fire(ComplaintProcess.KEY, number, overdueTimer);
    }

    /** Lets the open supervision order run out: the clock moves to 09:00 after its deadline and its timer fires. */
    public void orderDeadlinePasses(String number) {
        Task answer = openSupervisionTask(number);
        assertThat(answer.getTaskDefinitionKey()).isEqualTo(SupervisionProcess.Step.ANSWER_ORDER.taskKey());
        PinnedClock.pinAt(answer.getDueDate().toInstant().plus(Duration.ofHours(9)));
        fire(SUPERVISION, number, SupervisionProcess.Boundary.ORDER_MISSED);
    }

    Task openSupervisionTask(String number) {
        return tasks.createTaskQuery()
                .processDefinitionKey(SUPERVISION)
                .processInstanceBusinessKey(number)
                .singleResult();
    }

    long runningSupervisions(String number) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(SUPERVISION)
                .processInstanceBusinessKey(number)
                .count();
    }

    /** Issues an order as an inspector and returns it. */
    public JsonPath issueOrder(String inspector, String number, Map<String, ?> order) {
        return api.as(inspector)
                .body(order)
                .post("/supervision/cases/{number}/orders", number)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    void answer(String login, String number, String text) {
        api.as(login)
                .body(Map.of("answer", text))
                .post("/complaints/{number}/supervision-answer", number)
                .then()
                .statusCode(204);
    }

    List<String> timeline(String number) {
        return complaints.detail(number).getList("timeline.type");
    }

    /** The case's supervision orders, first first, as an inspector who sees the case. */
    public JsonPath orders(String inspector, String number) {
        return api.as(inspector)
                .queryParam("trackingNumber", number)
                .queryParam("sort", "issuedAt,asc", "id,asc")
                .get("/supervision/orders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private void fire(String processKey, String number, String timerId) {
        Job job = management
                .createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(processKey)
                        .processInstanceBusinessKey(number)
                        .singleResult()
                        .getId())
                .activityId(timerId)
                .singleResult();
        assertThat(job).as("timer %s of %s", timerId, number).isNotNull();
        management.executeJob(job.getId());
    }
}
