package org.xinfang.petition.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.security.EngineDoorCalls.OnTask;
import org.xinfang.petition.security.EngineDoorMatrix.Action;
import org.xinfang.petition.security.EngineDoorMatrix.Answer;
import org.xinfang.petition.security.EngineDoorMatrix.Door;
import org.xinfang.petition.security.EngineDoorMatrix.Entry;
import org.xinfang.petition.security.EngineDoorMatrix.Standing;
import org.xinfang.petition.security.MatrixCases.Place;
import org.xinfang.petition.security.MatrixCases.Target;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.ModelFiles;

/**
 * Every user task of the models × every role × a record inside and outside the role's scope × every act on the
 * task × both engine doors gets the answer {@link EngineDoorMatrix} gives; a user task the matrix does not list
 * fails the test. A refused request leaves the task and its record as they were; to whoever may not see the record,
 * its task answers exactly like a task that does not exist.
 */
class EngineDoorMatrixTest extends ApiTest {

    /** Tasklist's one filter, made at start-up ({@code operaton.bpm.filter.create}). */
    private static final String ALL_TASKS = "所有任务 / All tasks";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Chinese, then " / " and English: the title and detail of every problem. */
    private static final Pattern BILINGUAL = Pattern.compile("(?s).*\\p{IsHan}.* / .+");
    /** No task and no record: what an outsider's answers must be indistinguishable from. */
    private static final OnTask NOWHERE = new OnTask(
            UUID.randomUUID().toString(),
            Complaints.UNKNOWN_NUMBER,
            "签收 Sign for case",
            Map.of("signForDecision", "SIGN_FOR"),
            "bureau");

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private FilterService filters;

    private MatrixCases cases;
    private EngineDoorCalls calls;
    /** The answers for a task that does not exist, by door, action and role. */
    private final Map<String, List<Response>> nowhere = new HashMap<>();

    @Test
    void everyUserTaskOfTheModelsHasAnEntry() {
        Set<String> userTasks = new TreeSet<>();
        ModelFiles.processes()
                .forEach(model -> model.getModelElementsByType(UserTask.class)
                        .forEach(task -> userTasks.add(processOf(task).getId() + " " + task.getId())));
        List<String> listed =
                EngineDoorMatrix.ENTRIES.stream().map(Entry::key).sorted().toList();

        assertThat(listed).doesNotHaveDuplicates().containsExactlyElementsOf(userTasks);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsItsAnswerForEveryActOnEveryTaskAtBothDoors() {
        cases = new MatrixCases(api, jdbc);
        calls = new EngineDoorCalls(
                api,
                port,
                filters.createFilterQuery().filterName(ALL_TASKS).singleResult().getId());
        return EngineDoorMatrix.ENTRIES.stream()
                .flatMap(entry -> places(entry).flatMap(place -> {
                    Map<Place, OpenTask> shared = new EnumMap<>(Place.class);
                    return Stream.of(Door.values())
                            .flatMap(door -> IntStream.range(0, EngineDoorMatrix.ROLES.size())
                                    .boxed()
                                    .flatMap(column -> Stream.of(Action.values())
                                            .map(action -> {
                                                Cell cell = new Cell(
                                                        entry,
                                                        place,
                                                        door,
                                                        EngineDoorMatrix.ROLES.get(column),
                                                        entry.standings(place)[column],
                                                        action);
                                                return dynamicTest(cell.toString(), () -> ask(cell, shared));
                                            })));
                }));
    }

    /**
     * Asks one cell's question and checks the answer. An act that may change the task gets a record of its own; the
     * rest share one per task type and place, which they must leave as it was.
     */
    private void ask(Cell cell, Map<Place, OpenTask> shared) {
        Answer expected = EngineDoorMatrix.answer(cell.door(), cell.action(), cell.standing());
        boolean changes = cell.action().changes && expected.isSuccess();
        OpenTask open = changes
                ? open(cell.entry(), cell.entry().fixture().apply(cases, cell.place()))
                : shared.computeIfAbsent(
                        cell.place(),
                        where -> open(cell.entry(), cell.entry().fixture().apply(cases, where)));
        List<Response> responses = calls.call(cell.door(), cell.action(), cell.role(), open.named(cell.entry()));

        responses.forEach(response -> assertAnswer(response, expected, cell.entry(), open.task()));
        if (changes) {
            assertDone(cell.action(), cell.role(), open);
        } else {
            assertThat(state(open.task().getId(), open.record()))
                    .as("the task and its record, after the refusal")
                    .isEqualTo(open.state());
        }
        if (cell.standing() == Standing.OUTSIDER) {
            List<Response> noTask = nowhere.computeIfAbsent(
                    cell.door() + " " + cell.action() + " " + cell.role(),
                    key -> calls.call(cell.door(), cell.action(), cell.role(), NOWHERE));
            assertThat(shapes(responses))
                    .as("the answers for a task that does not exist")
                    .isEqualTo(shapes(noTask));
        }
    }

    /** Both places where the entry tells them apart; else once. */
    private static Stream<Place> places(Entry entry) {
        return entry.outOfScope() == null ? Stream.of(Place.IN_SCOPE) : Stream.of(Place.values());
    }

    /**
     * The status, and what the body says: whether the task is listed; else our problem with its code, in both
     * languages, and for bad input the one field at fault. Parsed once, without evaluating GPath per check: the
     * matrix asks thousands of times.
     */
    private static void assertAnswer(Response response, Answer expected, Entry entry, Task task) {
        String what = response.statusCode() + " " + response.asString();
        assertThat(response.statusCode()).as(what).isEqualTo(expected.status());
        JsonNode body = json(response);
        if (expected.listed() != null) {
            List<String> ids = new ArrayList<>();
            body.forEach(listed -> ids.add(listed.path("id").asText()));
            assertThat(ids.contains(task.getId()))
                    .as("the task listed: %s", what)
                    .isEqualTo(expected.listed());
        } else if (expected.code() != null) {
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(List.of(body.path("title").asText(), body.path("detail").asText()))
                    .as(what)
                    .allMatch(text -> BILINGUAL.matcher(text).matches());
            boolean badInput = expected.status() == 400;
            assertThat(body.path("code").asText()).as(what).isEqualTo(badInput ? "invalid-input" : expected.code());
            if (badInput) {
                assertThat(body.path("errors")).as(what).hasSize(1);
                assertThat(body.path("errors").path(0).path("field").asText())
                        .as(what)
                        .isEqualTo(entry.foreignVariable());
                assertThat(body.path("errors").path(0).path("code").asText())
                        .as(what)
                        .isEqualTo(expected.code());
            }
        }
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }

    /** A claim leaves the task with the claimant; a completion closes it. */
    private void assertDone(Action action, String role, OpenTask open) {
        Task after = taskService.createTaskQuery().taskId(open.task().getId()).singleResult();
        if (action == Action.CLAIM) {
            assertThat(after).as("the claimed task").isNotNull();
            assertThat(after.getAssignee()).isEqualTo(role);
        } else {
            assertThat(after)
                    .as("the completed task of %s", open.record().number())
                    .isNull();
        }
    }

    /** Status and body: what a caller can tell apart. */
    private static List<String> shapes(List<Response> responses) {
        return responses.stream()
                .map(response -> response.statusCode() + " " + response.asString())
                .toList();
    }

    /** The entry's task, open in the record, and the state a refusal must leave it in. */
    private OpenTask open(Entry entry, Target record) {
        Task task = taskService
                .createTaskQuery()
                .processDefinitionKey(entry.process())
                .processInstanceBusinessKey(record.number())
                .taskDefinitionKey(entry.task())
                .singleResult();
        assertThat(task).as("the open %s of %s", entry, record.number()).isNotNull();
        return new OpenTask(record, task, state(task.getId(), record));
    }

    /** What a refusal must leave as it was: the task, who has it and may have it, its dates, the record's status. */
    private TaskState state(String taskId, Target record) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return new TaskState(false, null, null, null, null, Set.of(), status(record));
        }
        Set<String> candidates = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(EngineDoorMatrixTest::candidate)
                .collect(Collectors.toCollection(TreeSet::new));
        return new TaskState(
                true,
                task.getAssignee(),
                task.getOwner(),
                task.getDueDate(),
                task.getFollowUpDate(),
                candidates,
                status(record));
    }

    private static String candidate(IdentityLink link) {
        return link.getGroupId() != null ? "group " + link.getGroupId() : "user " + link.getUserId();
    }

    private String status(Target record) {
        return jdbc.queryForObject("""
        select status from complaint where tracking_number = ?
        union all select status from consultation where tracking_number = ?""", String.class, record.number(), record.number());
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        return parent instanceof Process process ? process : processOf(parent);
    }

    /** One question of the matrix: an act on a task type's task, by a role standing so to it, through a door. */
    private record Cell(Entry entry, Place place, Door door, String role, Standing standing, Action action) {

        @Override
        public String toString() {
            return entry + " at " + door + ": " + action + " as " + (role == null ? "anonymous" : role) + " ("
                    + standing + "), " + place;
        }
    }

    private record OpenTask(Target record, Task task, TaskState state) {

        OnTask named(Entry entry) {
            return new OnTask(task.getId(), record.number(), task.getName(), entry.form(), entry.foreignVariable());
        }
    }

    private record TaskState(
            boolean open,
            String assignee,
            String owner,
            Date due,
            Date followUp,
            Set<String> candidates,
            String status) {}
}
