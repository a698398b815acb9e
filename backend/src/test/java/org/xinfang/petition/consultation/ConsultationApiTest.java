package org.xinfang.petition.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.JINFENG_LEADER;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.PETITION_OFFICE;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;
import static org.xinfang.petition.support.Problems.invalid;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notAtStage;
import static org.xinfang.petition.support.Problems.problem;
import static org.xinfang.petition.support.Problems.unauthenticated;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.xinfang.petition.consultation.ConsultationCalls.Asked;
import org.xinfang.petition.consultation.ConsultationProcess.Step;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Pages;
import org.xinfang.petition.support.PinnedClock;

/**
 * The consultation API's refusals and scope: bad input named by field, unknown and out-of-scope consultations
 * alike as 404, a second answer as 409, the personal-data screen before publication, and a public list that
 * holds only published Q&A and no personal data.
 */
class ConsultationApiTest extends ApiTest {

    static final String NAME = "李明华";
    static final String NOT_FOUND = "consultation.not-found";
    static final String LOOKUP_FAILED = "lookup.not-found";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    ConsultationCalls calls;

    @BeforeEach
    void calls() {
        calls = new ConsultationCalls(api);
    }

    @Test
    void theAskersNameIsStoredEncryptedAndShownMasked() {
        Asked asked = calls.ask("HOUSEHOLD_REGISTRATION", XINGQING_REGION, "李明华", ConsultationCalls.QUESTION);

        assertThat(jdbc.queryForObject(
                        "select asker_name from consultation where tracking_number = ?",
                        String.class,
                        asked.trackingNumber()))
                .startsWith("v2.AES-GCM.")
                .doesNotContain("李明华");
        calls.detail(CLERK, asked.trackingNumber()).statusCode(200).body("askerName", equalTo("李**"));
    }

    @Test
    void badQuestionsAreRefusedNamingEachFieldAndWriteNothing() {
        long before = consultations();
        calls.askRaw(Map.of("question", " ")).spec(invalid("category", "question"));
        calls.askRaw(Map.of("category", "TRAFFIC", "question", "x".repeat(2001)))
                .spec(invalidField("question", "constraint.Size"));
        calls.askRaw(Map.of("category", "TRAFFIC", "question", "驾驶证怎么换证？", "askerName", "名".repeat(51)))
                .spec(invalidField("askerName", "constraint.Size"));
        calls.askRaw(Map.of("category", "NOT_A_CATEGORY", "question", "驾驶证怎么换证？"))
                .statusCode(400);
        calls.askRaw(Map.of("category", "TRAFFIC", "question", "驾驶证怎么换证？", "region", "999999"))
                .spec(invalidField("region", "constraint.unknown-region"));
        assertThat(consultations()).isEqualTo(before);
    }

    @Test
    void theAskerSeesTheirQuestionOnlyWithTheRightQueryCode() {
        Asked asked = calls.ask(XINGQING_REGION);
        calls.asAsker(new Asked(asked.trackingNumber(), "WRONGCODE"), "192.0.2.10")
                .spec(problem(404, LOOKUP_FAILED));
        calls.asAsker(new Asked("ZX20260601-640104-NOSUCH", asked.queryCode()), "192.0.2.10")
                .spec(problem(404, LOOKUP_FAILED));
        calls.asAsker(asked, "192.0.2.10")
                .statusCode(200)
                .body("question", equalTo(ConsultationCalls.QUESTION))
                .body("events.actor", everyItem(nullValue()));
        api.anonymous().get("/consultations/{n}", asked.trackingNumber()).then().spec(unauthenticated());
        api.anonymous().get("/consultations").then().spec(unauthenticated());
        assertThat(queryCodeHash(asked))
                .as("only a keyed hash is kept")
                .startsWith("{hmac}")
                .doesNotContain(asked.queryCode());
    }

    @Test
    void aQueryCodeKeptAsBcryptStillOpensTheQuestionAndIsRehashedKeyed() {
        Asked asked = new Asked(calls.ask(XINGQING_REGION).trackingNumber(), "K7M3QDHX");
        String old = passwordEncoder.encode(asked.queryCode());
        jdbc.update(
                "update consultation set query_code_hash = ? where tracking_number = ?", old, asked.trackingNumber());

        calls.asAsker(new Asked(asked.trackingNumber(), "WRONGCOD"), "192.0.2.11")
                .spec(problem(404, LOOKUP_FAILED));
        assertThat(queryCodeHash(asked)).isEqualTo(old);
        calls.asAsker(asked, "192.0.2.11").statusCode(200);

        assertThat(queryCodeHash(asked)).startsWith("{hmac}");
        calls.asAsker(asked, "192.0.2.11").statusCode(200);
    }

    @Test
    void fiveWrongQueryCodesLockTheConsultationOutLikeAComplaint() {
        Asked asked = calls.ask(XINGQING_REGION);
        for (int i = 0; i < 5; i++) {
            calls.asAsker(new Asked(asked.trackingNumber(), "WRONGCOD"), "192.0.2.20")
                    .spec(problem(404, LOOKUP_FAILED));
        }
        calls.asAsker(asked, "192.0.2.21").spec(problem(429, "lookup.throttled"));
    }

    @Test
    void aDepartmentSeesOnlyWhatWasRoutedToItAndTheOfficeSeesEverything() {
        Asked asked = calls.ask(XINGQING_REGION);
        assertThat(calls.queue(XINGQING_HANDLER).getList("content.trackingNumber"))
                .contains(asked.trackingNumber());
        assertThat(calls.queue(JINFENG_HANDLER).getList("content.trackingNumber"))
                .doesNotContain(asked.trackingNumber());
        assertThat(calls.queue(CLERK).getList("content.trackingNumber")).contains(asked.trackingNumber());
        calls.detail(JINFENG_HANDLER, asked.trackingNumber()).spec(problem(404, NOT_FOUND));
        calls.answer(JINFENG_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .spec(problem(404, NOT_FOUND));
        calls.publication(JINFENG_LEADER, asked.trackingNumber(), true, null, null)
                .spec(problem(404, NOT_FOUND));
        api.as(OPERATOR).get("/consultations").then().spec(problem(403, "access-denied"));
        calls.detail(CLERK, "ZX20260601-NOSUCH").spec(problem(404, NOT_FOUND));
    }

    @Test
    void theStaffQueueIsReadInTheOrderAsked() {
        Asked older = calls.ask(XINGQING_REGION);
        PinnedClock.pinAt("2026-06-03T09:00");
        Asked newer = calls.ask(XINGQING_REGION);

        var newestFirst = Pages.every(
                () -> api.as(CLERK).queryParam("sort", "askedAt,desc"),
                "/consultations",
                ConsultationDesk.MAX_PAGE_SIZE);
        var dueFirst = Pages.every(
                () -> api.as(CLERK).queryParam("sort", "dueAt,asc"), "/consultations", ConsultationDesk.MAX_PAGE_SIZE);

        List<Object> numbers = Pages.values(newestFirst, "trackingNumber");
        assertThat(numbers.indexOf(newer.trackingNumber()))
                .isNotNegative()
                .isLessThan(numbers.indexOf(older.trackingNumber()));
        assertThat(instants(newestFirst, "askedAt")).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(instants(dueFirst, "dueAt")).isSorted();
        api.as(CLERK)
                .queryParam("sort", "question,asc")
                .get("/consultations")
                .then()
                .spec(invalidField("sort", "constraint.sort-property"));
    }

    private static List<Instant> instants(List<Map<String, Object>> items, String field) {
        return Pages.values(items, field).stream()
                .filter(Objects::nonNull)
                .map(at -> Instant.parse((String) at))
                .toList();
    }

    @Test
    void anAnswerIsRequiredAndASecondAnswerIsAConflict() {
        Asked asked = calls.ask(XINGQING_REGION);
        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), "  ")
                .spec(invalidField("text", "constraint.required-for-decision"));
        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), "x".repeat(4001))
                .spec(invalidField("text", "constraint.Size"));
        assertThat(openTask(asked, Step.ANSWER.taskKey()).getAssignee())
                .as("a refused answer claims nothing")
                .isNull();
        calls.answer(XINGQING_LEADER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .spec(problem(403, "case.not-candidate"));

        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .statusCode(204);
        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), "再答一次").spec(notAtStage());
        calls.detail(CLERK, asked.trackingNumber()).body("answer", equalTo(ConsultationCalls.ANSWER));
    }

    @Test
    void onlyThePetitionOfficeReroutesToAnotherBureauWithAReason() {
        Asked asked = calls.ask(XINGQING_REGION);
        calls.reroute(XINGQING_HANDLER, asked.trackingNumber(), "psb-640106", "不属本单位")
                .spec(problem(403, "access-denied"));
        calls.reroute(CLERK, asked.trackingNumber(), "psb-640106", null)
                .spec(invalidField("reason", "constraint.required-for-decision"));
        calls.reroute(CLERK, asked.trackingNumber(), XINGQING, "改派")
                .spec(invalidField("department", "constraint.same-department"));
        calls.reroute(CLERK, asked.trackingNumber(), PETITION_OFFICE, "改派")
                .spec(invalidField("department", "constraint.not-a-bureau"));
        calls.reroute(CLERK, asked.trackingNumber(), "psb-999999", "改派")
                .spec(invalidField("department", "constraint.unknown-unit"));
        calls.reroute(CLERK, "ZX20260601-NOSUCH", "psb-640106", "改派").spec(problem(404, NOT_FOUND));
        calls.detail(CLERK, asked.trackingNumber())
                .body("department", equalTo(XINGQING))
                .body("timeline.type", equalTo(List.of("ASKED", "ROUTED")));

        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), ConsultationCalls.ANSWER)
                .statusCode(204);
        calls.reroute(CLERK, asked.trackingNumber(), "psb-640106", "改派").spec(notAtStage());
    }

    @Test
    void publicationIsRefusedWhileThePublicTextsHoldPersonalData() {
        Asked asked = calls.ask(
                "HOUSEHOLD_REGISTRATION",
                XINGQING_REGION,
                NAME,
                "我是" + NAME + "，电话13812345678，身份证11010519491231002X，请问户口迁移怎么办理？");
        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), "请联系 hukou@example.gov.cn 或拨打0951-1234567。")
                .statusCode(204);

        calls.publication(CLERK, asked.trackingNumber(), true, null, "请到派出所户籍窗口办理。")
                .spec(invalidField("publicQuestion", "constraint.personal-data"));
        calls.publication(CLERK, asked.trackingNumber(), true, "请问户口迁移怎么办理？", null)
                .spec(invalidField("publicAnswer", "constraint.personal-data"));
        calls.publication(CLERK, asked.trackingNumber(), true, NAME + "问：户口迁移怎么办理？", "请到派出所户籍窗口办理。")
                .spec(invalidField("publicQuestion", "constraint.personal-data"));
        calls.publication(CLERK, asked.trackingNumber(), null, null, null)
                .spec(invalidField("publish", "constraint.NotNull"));
        calls.detail(CLERK, asked.trackingNumber())
                .body("status", equalTo("ANSWERED"))
                .body("published", equalTo(false))
                .body("askerName", equalTo("李**"));
        assertThat(calls.publicList(100).getList("content.trackingNumber")).doesNotContain(asked.trackingNumber());

        calls.publication(CLERK, asked.trackingNumber(), true, "请问户口迁移怎么办理？", "请到派出所户籍窗口办理。")
                .statusCode(204);
        JsonPath list = calls.publicList(100);
        Map<String, Object> published =
                list.getMap("content.find { it.trackingNumber == '%s' }".formatted(asked.trackingNumber()));
        assertThat(published)
                .containsEntry("question", "请问户口迁移怎么办理？")
                .containsEntry("answer", "请到派出所户籍窗口办理。")
                .containsEntry("department", "银川市公安局兴庆区分局");
        calls.asAsker(asked)
                .body("question", equalTo("我是" + NAME + "，电话13812345678，身份证11010519491231002X，请问户口迁移怎么办理？"));
    }

    @Test
    void thePublicListHoldsOnlyPublishedQuestionsAndNoPersonalData() {
        Asked published = calls.ask("TRAFFIC", XINGQING_REGION, NAME, "驾驶证到期换证需要体检吗？");
        Asked kept = calls.ask("TRAFFIC", XINGQING_REGION, NAME, "我的违章记录能否撤销？");
        Asked waiting = calls.ask("TRAFFIC", XINGQING_REGION, NAME, "车辆年检在哪里办理？");
        for (Asked asked : List.of(published, kept)) {
            calls.answer(XINGQING_HANDLER, asked.trackingNumber(), "请到车管所办理。").statusCode(204);
        }
        calls.publication(XINGQING_LEADER, published.trackingNumber(), true, null, null)
                .statusCode(204);
        calls.publication(XINGQING_LEADER, kept.trackingNumber(), false, null, null)
                .statusCode(204);

        JsonPath list = calls.publicList(100);
        assertThat(list.getList("content.trackingNumber"))
                .contains(published.trackingNumber())
                .doesNotContain(kept.trackingNumber(), waiting.trackingNumber());
        List<Map<String, Object>> items = list.getList("content");
        assertThat(items)
                .allSatisfy(item -> assertThat(item)
                        .containsOnlyKeys(
                                "trackingNumber",
                                "category",
                                "department",
                                "departmentEn",
                                "question",
                                "answer",
                                "answeredAt",
                                "publishedAt"));
        assertThat(list.prettify())
                .doesNotContain(NAME)
                .doesNotContain("answeredBy")
                .doesNotContain(XINGQING_HANDLER);
        assertThat(consultationsPublished()).isEqualTo(list.getLong("page.totalElements"));
        api.anonymous()
                .queryParam("size", 0)
                .get("/public/consultations")
                .then()
                .spec(invalidField("size", "constraint.Min"));
        api.anonymous()
                .queryParam("page", -1)
                .get("/public/consultations")
                .then()
                .spec(invalidField("page", "constraint.Min"));
        api.anonymous()
                .queryParam("size", 1)
                .get("/public/consultations")
                .then()
                .statusCode(200)
                .body("content.size()", equalTo(1))
                .body("content[0].publishedAt", not(nullValue()));
    }

    @Test
    void aBlankRegionCountsAsNoRegionAndLeavesTheRoutingToTheOffice() {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "TRAFFIC");
        body.put("question", "驾驶证怎么换证？");
        body.put("region", " ");
        String number = calls.askRaw(body).statusCode(201).extract().path("trackingNumber");
        calls.detail(CLERK, number)
                .body("status", equalTo("ROUTING"))
                .body("region", nullValue())
                .body("department", nullValue());
        assertThat(openTask(new Asked(number, null), Step.ROUTE.taskKey())).isNotNull();
    }

    org.operaton.bpm.engine.task.Task openTask(Asked asked, String taskKey) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(asked.trackingNumber())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    long consultations() {
        return jdbc.queryForObject("select count(*) from consultation", Long.class);
    }

    long consultationsPublished() {
        return jdbc.queryForObject("select count(*) from consultation where published = true", Long.class);
    }

    private String queryCodeHash(Asked asked) {
        return jdbc.queryForObject(
                "select query_code_hash from consultation where tracking_number = ?",
                String.class,
                asked.trackingNumber());
    }
}
