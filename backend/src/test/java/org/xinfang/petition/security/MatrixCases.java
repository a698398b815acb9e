package org.xinfang.petition.security;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.MultiPartSpecification;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.assessment.UnclosedMonths;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;

/**
 * The records the authorization matrix asks about, made through the API as the people who do each step: complaints
 * at every stage, consultations, attachments, supervision orders, accountability records, notifications, outbox
 * messages and calendar years, each in a place inside the matrix's scoped roles' reach or outside it.
 */
final class MatrixCases {

    /** Where a record is: in 兴庆区 (inside the scoped roles' reach) or in 大武口区 of another city (outside). */
    enum Place {
        IN_SCOPE("640104", "handler.xingqing", "leader.xingqing", "inspector.yinchuan", "handler.yinchuan"),
        OUT_OF_SCOPE("640202", "handler.dawukou", "leader.dawukou", "inspector.shizuishan", "handler.shizuishan");

        final String region;
        final String handler;
        final String leader;
        /** The city inspector above the place's bureau. */
        final String inspector;
        /** A handler of the city bureau above the place's, which reviews its cases (复查). */
        final String reviewer;

        Place(String region, String handler, String leader, String inspector, String reviewer) {
            this.region = region;
            this.handler = handler;
            this.leader = leader;
            this.inspector = inspector;
            this.reviewer = reviewer;
        }

        String bureau() {
            return "psb-" + region;
        }
    }

    /** What a request is about: a tracking number and its query code, or the id of another record. */
    record Target(String number, String queryCode, Long id) {

        static final Target NOTHING = new Target(null, null, null);

        static Target of(String number, String queryCode) {
            return new Target(number, queryCode, null);
        }

        Target withId(long recordId) {
            return new Target(number, queryCode, recordId);
        }
    }

    /** The text of a file attached in the matrix. */
    static final String NOTE = "来电记录：群众反映派出所民警态度问题。";

    static final int SPARE_YEAR = 2031;
    static final int LOADED_YEAR = 2026;

    private final Api api;
    private final Complaints complaints;
    private final JdbcTemplate jdbc;

    MatrixCases(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.complaints = new Complaints(api);
        this.jdbc = jdbc;
    }

    // --- complaints along the process

    Target filed(Place place) {
        JsonPath filed = complaints.file(Complaints.webComplaintWith("region", place.region));
        return Target.of(filed.getString("trackingNumber"), filed.getString("queryCode"));
    }

    Target accepted(Place place) {
        return act(filed(place), Logins.CLERK, "triage", Map.of("decision", "ACCEPT"));
    }

    /** 否定报备: a clerk proposed not to accept the case; the office's leader decides. */
    Target refusalProposed(Place place) {
        return act(filed(place), Logins.CLERK, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "属于法院管辖事项"));
    }

    Target dispatched(Place place) {
        return act(accepted(place), Logins.CLERK, "dispatch", Map.of());
    }

    Target signedFor(Place place) {
        return act(dispatched(place), place.handler, "sign-for", Map.of());
    }

    Target replyDrafted(Place place) {
        return act(signedFor(place), place.handler, "reply", Map.of("text", "经调查核实，已依法处理。"));
    }

    Target extensionRequested(Place place) {
        return act(signedFor(place), place.handler, "extension-requests", Map.of("amount", 10, "reason", "需要进一步调查取证"));
    }

    /** The bureau's leader approved the extension: the petition office's approval is due. */
    Target extensionApprovedByLeader(Place place) {
        return act(extensionRequested(place), place.leader, "extension-approval", Map.of("approved", true));
    }

    Target materialRequested(Place place) {
        return act(signedFor(place), place.handler, "material-requests", Map.of("what", "请提供现场照片"));
    }

    /** 一次性告知: a second request for material in the stage, with its reason: the leader's approval is due. */
    Target materialRequestedAgain(Place place) {
        Target first = act(materialRequested(place), place.handler, "material-received", Map.of("note", "窗口收到照片"));
        return act(first, place.handler, "material-requests", Map.of("what", "请补充提供医院诊断证明", "reason", "照片显示另有伤情，需核实"));
    }

    Target awaitingCallback(Place place) {
        return act(replyDrafted(place), place.leader, "reply-approval", Map.of("approved", true));
    }

    /** Closed after a satisfied callback: the complainant may ask for a review (复查) within 30 days. */
    Target closed(Place place) {
        return act(awaitingCallback(place), Logins.CLERK, "callback", Map.of("result", "SATISFIED"));
    }

    /** The complainant asked for a review (复查): the city bureau's is due. */
    Target reviewRequested(Place place) {
        return act(closed(place), Logins.CLERK, "review-requests", Map.of("reason", "对答复意见不服"), 201);
    }

    /** Reviewed, and the complainant asked for a re-review (复核): the province's is due. */
    Target reReviewRequested(Place place) {
        Target reviewed = act(
                reviewRequested(place),
                place.reviewer,
                "review-opinion",
                Map.of("conclusion", "UPHELD", "opinion", "经复查，维持原处理意见。"));
        return act(reviewed, Logins.CLERK, "review-requests", Map.of("reason", "对复查意见不服"), 201);
    }

    Target underReview(Place place) {
        Target reopened = act(awaitingCallback(place), Logins.CLERK, "callback", Map.of("result", "UNSATISFIED"));
        act(reopened, place.handler, "reply", Map.of("text", "经再次核实，已重新处理。"));
        act(reopened, place.leader, "reply-approval", Map.of("approved", true));
        return act(reopened, Logins.CLERK, "callback", Map.of("result", "UNSATISFIED"));
    }

    /** The complainant rated the reply unsatisfied (差评): the bureau's rectification is due. */
    Target rectificationRequested(Place place) {
        Target target = awaitingCallback(place);
        api.anonymous()
                .body(Map.of(
                        "trackingNumber",
                        target.number(),
                        "queryCode",
                        target.queryCode(),
                        "verdict",
                        "UNSATISFIED",
                        "comment",
                        "答复未说明处理结果"))
                .post("/lookup/rating")
                .then()
                .statusCode(200);
        return target;
    }

    /** The bureau reported its rectification: the petition office's check is due. */
    Target rectificationReported(Place place) {
        Target target = rectificationRequested(place);
        api.as(place.handler)
                .body(Map.of("measures", "已书面说明处理结果"))
                .post("/complaints/{n}/rectification", target.number())
                .then()
                .statusCode(204);
        return target;
    }

    /** Flagged for supervision (挂牌督办) by the city inspectors: their order is due. */
    Target supervisionFlagged(Place place) {
        Target target = dispatched(place);
        api.as(place.inspector)
                .body(Map.of("reason", "群众反映强烈"))
                .post("/supervision/cases/{n}/flag", target.number())
                .then()
                .statusCode(204);
        return target;
    }

    /** An order of the city inspectors waits for the bureau's answer. */
    Target supervisionOrdered(Place place) {
        Target target = supervisionFlagged(place);
        api.as(place.inspector)
                .body(Map.of("instructions", "请于期限内办结并报告"))
                .post("/supervision/cases/{n}/orders", target.number())
                .then()
                .statusCode(201);
        return target;
    }

    /** The bureau's reply went out with a file of the reply material: the target's id is that file's. */
    Target repliedWithFile(Place place) {
        Target target = signedFor(place);
        long id = attachNote(target, place.handler, "REPLY");
        act(target, place.handler, "reply", Map.of("text", "经调查核实，已依法处理。"));
        act(target, place.leader, "reply-approval", Map.of("approved", true));
        return target.withId(id);
    }

    Target withAttachment(Place place) {
        Target target = dispatched(place);
        return target.withId(attachNote(target, Logins.CLERK, "INTAKE"));
    }

    private long attachNote(Target target, String login, String purpose) {
        return api.as(login)
                .contentType("multipart/form-data")
                .multiPart("files", "note.txt", NOTE.getBytes(StandardCharsets.UTF_8), "text/plain")
                .queryParam("purpose", purpose)
                .post("/complaints/{n}/attachments", target.number())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("[0].id");
    }

    /** An accountability record against the place's bureau, as two missed orders leave one. */
    Target accountability(Place place) {
        Target target = dispatched(place);
        jdbc.update("""
        insert into accountability_record (complaint_id, process_instance_id, unit_id, handler, created_at, facts,
          behaviour, status, version)
        select c.id, 'matrix', c.current_bureau_id, ?, created.at, '督办单两次逾期未办结', 'DELAY', 'OPEN', 0
        from complaint c, (select current_timestamp as at) created where c.tracking_number = ?""", place.handler, target.number());
        return target.withId(jdbc.queryForObject("select max(id) from accountability_record", Long.class));
    }

    // --- other records

    Target consultationRouted(Place place) {
        return ask(place.region);
    }

    /**
     * A question about no particular place: bureau-routing proposes no department, so the petition office routes it;
     * until then only the office and administrators see it, wherever the matrix would place it.
     */
    Target consultationUnrouted(Place place) {
        return ask(null);
    }

    Target consultationAnswered(Place place) {
        Target target = consultationRouted(place);
        api.as(place.handler)
                .body(Map.of("text", "请携带身份证到辖区派出所办理。"))
                .post("/consultations/{n}/answer", target.number())
                .then()
                .statusCode(204);
        return target;
    }

    private Target ask(String region) {
        Map<String, Object> question = new HashMap<>();
        question.put("category", "HOUSEHOLD_REGISTRATION");
        question.put("region", region);
        question.put("question", "办理居住证需要准备哪些材料？");
        JsonPath asked = api.anonymous()
                .body(question)
                .post("/consultations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return Target.of(asked.getString("trackingNumber"), asked.getString("queryCode"));
    }

    /** A notification to the place's handler. */
    Target notification(Place place) {
        jdbc.update("""
        insert into staff_notification (recipient, type, message_zh, message_en, created_at)
        values (?, 'DEADLINE_WARNING', '即将到期', 'Due soon', current_timestamp)""", place.handler);
        return Target.NOTHING.withId(jdbc.queryForObject("select max(id) from staff_notification", Long.class));
    }

    /** A message the dispatcher gave up on. */
    Target failedMessage() {
        Long id = jdbc.queryForObject("select max(id) from message_outbox", Long.class);
        jdbc.update("update message_outbox set status = 'FAILED', claimed_until = null where id = ?", id);
        return Target.NOTHING.withId(id);
    }

    Target loadedYear() {
        return Target.NOTHING.withId(LOADED_YEAR);
    }

    /** A month long over with no survey drawn yet; the month ("yyyy-MM") is the target's number. */
    Target undrawnSurveyMonth() {
        YearMonth month = YearMonth.of(1990, 1);
        while (jdbc.queryForObject(
                        "select count(*) from survey_draw where survey_month = ?", Integer.class, month.toString())
                > 0) {
            month = month.plusMonths(1);
        }
        return Target.of(month.toString(), null);
    }

    /** A month whose survey the clerk drew (nobody in it); the month is the target's number. */
    Target drawnSurveyMonth() {
        Target month = undrawnSurveyMonth();
        api.as(Logins.CLERK)
                .post("/surveys/{month}/draw", month.number())
                .then()
                .statusCode(201);
        return month;
    }

    /** A list of one service user of the month (the target's number) in 兴庆区, with a phone no other list has. */
    static MultiPartSpecification serviceUserList(Target month) {
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String list = "姓名,电话,单位代码,服务类型,服务日期\n矩阵测试," + phone + ",psb-640104,110,"
                + YearMonth.parse(month.number()).atDay(1) + "\n";
        return new MultiPartSpecBuilder(list.getBytes(StandardCharsets.UTF_8))
                .controlName("file")
                .fileName("matrix.csv")
                .mimeType("text/csv")
                .build();
    }

    /** A year loaded only for the matrix, to be replaced and deleted. */
    Target spareYear() {
        api.as(Logins.ADMIN)
                .body(spareYearSchedule())
                .put("/admin/calendar/{year}", SPARE_YEAR)
                .then()
                .statusCode(200);
        return Target.NOTHING.withId(SPARE_YEAR);
    }

    /** A staff account of its own, made by the administrator; its login is the target's number. */
    /** A month long past and never closed: the assessment works it out afresh each time. */
    static final Target OPEN_MONTH = Target.of("2024-11", null);

    /** A month of the weights' first years that no one has closed yet. */
    Target unclosedMonth() {
        return Target.of(UnclosedMonths.any(jdbc), null);
    }

    /** A month of the weights' first years, closed now with nothing in it, that has no bulletin. */
    Target closedMonthWithoutBulletin() {
        Target month = unclosedMonth();
        jdbc.update("delete from bulletin where bulletin_month = ?", month.number());
        api.as(Logins.INSPECTOR)
                .post("/assessment/months/{month}/close", month.number())
                .then()
                .statusCode(200);
        return month;
    }

    /** Such a month with its first bulletin, generated by the petition office. */
    Target bulletinGenerated() {
        Target month = closedMonthWithoutBulletin();
        api.as(Logins.CLERK).post("/bulletins/{month}", month.number()).then().statusCode(201);
        return month;
    }

    /** The seeds' weights, in force from a far month no version starts in yet. */
    static Map<String, Object> newWeights() {
        Map<String, Object> weights = new HashMap<>(Map.of(
                "publicEvaluation", 50,
                "work", 50,
                "opinionSurvey", 70,
                "serviceSurvey", 30,
                "onTimeSignFor", 15,
                "onTimeCompletion", 25,
                "fewReturns", 10,
                "fewReopenings", 10,
                "callbackContact", 10,
                "callbackSatisfaction", 10));
        weights.putAll(Map.of(
                "ratingSatisfaction",
                10,
                "windowSatisfaction",
                10,
                "perSupervisionOrder",
                0.5,
                "perAccountability",
                2,
                "excellentFrom",
                90,
                "qualifiedFrom",
                60,
                "minimumCases",
                5,
                "effectiveFrom",
                YearMonth.of(2100, 1)
                        .plusMonths(ThreadLocalRandom.current().nextInt(900 * 12))
                        .toString()));
        return weights;
    }

    /** The petition office proposed to leave a dispatched case out of the assessment. */
    Target exclusionProposed(Place place) {
        Target dispatched = dispatched(place);
        Number id = api.as(Logins.CLERK)
                .body(Map.of("trackingNumber", dispatched.number(), "reason", "恶意投诉"))
                .post("/assessment/exclusions")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        return dispatched.withId(id.longValue());
    }

    /** 答复公开: the petition office proposed the sent reply for publication; its confidentiality review is due. */
    Target disclosureProposed(Place place) {
        Target replied = awaitingCallback(place);
        Number id = api.as(Logins.CLERK)
                .body(Map.of("reason", "典型案例"))
                .post("/complaints/{n}/disclosures", replied.number())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return replied.withId(id.longValue());
    }

    /** The proposal approved by the city's inspector: the reply is on the public list. */
    Target disclosurePublished(Place place) {
        Target proposed = disclosureProposed(place);
        api.as(place.inspector)
                .body(Map.of("approve", true))
                .post("/disclosures/{id}/review", proposed.id())
                .then()
                .statusCode(200);
        return proposed;
    }

    Target staffMember() {
        Map<String, Object> account = newStaffAccount();
        api.as(Logins.ADMIN).body(account).post("/admin/staff").then().statusCode(201);
        return Target.of((String) account.get("username"), null);
    }

    static Map<String, Object> newStaffAccount() {
        return Map.of(
                "username",
                "matrix." + UUID.randomUUID().toString().substring(0, 12),
                "displayName",
                "授权矩阵",
                "unit",
                "psb-640104",
                "roles",
                List.of("HANDLER"),
                "password",
                "Matrix-pass-1");
    }

    /** A unit of its own, made by the administrator; its code is the target's number. */
    Target unit() {
        Map<String, Object> unit = newUnit();
        api.as(Logins.ADMIN).body(unit).post("/admin/units").then().statusCode(201);
        return Target.of((String) unit.get("code"), null);
    }

    static Map<String, Object> newUnit() {
        return Map.of(
                "code",
                "matrix-" + UUID.randomUUID().toString().substring(0, 8),
                "nameZh",
                "授权矩阵派出所",
                "nameEn",
                "Matrix station",
                "kind",
                "PUBLIC_SECURITY_BUREAU",
                "region",
                "640104");
    }

    /** A window evaluator of 兴庆区分局, registered by the administrator: its key is the target's number. */
    Target evaluator() {
        var registered = api.as(Logins.ADMIN)
                .body(newEvaluator())
                .post("/admin/evaluators")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return Target.of(registered.getString("key"), null).withId(registered.getLong("device.id"));
    }

    Target open311Client() {
        long id = api.as(Logins.ADMIN)
                .body(Map.of("name", "授权矩阵应用"))
                .post("/admin/open311-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("client.id");
        return Target.NOTHING.withId(id);
    }

    static Map<String, Object> newEvaluator() {
        return Map.of("name", "授权矩阵评价器", "unitCode", Logins.XINGQING, "services", List.of("window-registration"));
    }

    static Map<String, Object> spareYearSchedule() {
        return Map.of(
                "source",
                "授权矩阵测试",
                "holidays",
                List.of(Map.of("name", "元旦", "daysOff", List.of(SPARE_YEAR + "-01-01"), "makeUpWorkdays", List.of())));
    }

    private Target act(Target target, String login, String action, Map<String, ?> body) {
        return act(target, login, action, body, 204);
    }

    private Target act(Target target, String login, String action, Map<String, ?> body, int status) {
        complaints.post(login, target.number(), action, body).statusCode(status);
        return target;
    }
}
