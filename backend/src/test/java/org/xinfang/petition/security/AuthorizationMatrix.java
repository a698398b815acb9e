package org.xinfang.petition.security;

import static org.xinfang.petition.security.MatrixCases.Place;
import static org.xinfang.petition.security.MatrixCases.Target;
import static org.xinfang.petition.support.Uploads.jsonPart;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.xinfang.petition.support.Complaints;

/**
 * The authorization matrix: for every endpoint of our API, the answer each role gets for a record inside its scope
 * and for one outside it. 401: no credentials; 403: the role may not do this at all; 404: the record is outside the
 * caller's scope and answers exactly like an unknown one. A 2xx is asked of a fresh record each time.
 *
 * <p>The roles, in the order of every row: anonymous citizen, operator (12389), petition-office clerk, handler and
 * leader of 兴庆区分局, the city inspector of 银川 (whose scope takes in 兴庆区), administrator. The record inside the
 * scope is in 兴庆区; the one outside in 大武口区 of another city. The petition office and administrators see every
 * case, so for them both records are in scope.
 */
final class AuthorizationMatrix {

    /** The roles of a row's columns, in order (null: anonymous). */
    static final List<String> ROLES = Arrays.asList(
            null, "operator", "clerk", "handler.xingqing", "leader.xingqing", "inspector.yinchuan", "admin");

    /** What a request needs: the record it is about, made anew for each request that may change it. */
    interface Fixture extends BiFunction<MatrixCases, Place, Target> {}

    /**
     * One endpoint: how to call it and what each role gets, inside and outside its scope; {@code outOfScope} is null
     * where no record is outside anyone's scope (citizens' endpoints, one's own session, administration).
     */
    record Entry(
            String method,
            String path,
            boolean multipart,
            Fixture fixture,
            UnaryOperator<RequestSpecification> request,
            BiFunction<RequestSpecification, Target, RequestSpecification> withTarget,
            int[] inScope,
            int[] outOfScope) {

        String key() {
            return method + " " + path + (multipart ? " (multipart)" : "");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static final String C = "/api/v1/complaints/{trackingNumber}";
    private static final Fixture NOTHING = (cases, place) -> Target.NOTHING;

    static final List<Entry> ENTRIES = List.of(
            // --- citizens, without an account: open to everyone (staff name the channel, so the web here)
            json(
                    "POST",
                    "/api/v1/complaints",
                    NOTHING,
                    target -> Complaints.webComplaintWith("channel", "WEB"),
                    "201 201 201 201 201 201 201"),
            multipart(
                    "POST",
                    "/api/v1/complaints",
                    NOTHING,
                    (request, target) ->
                            request.multiPart(jsonPart("complaint", Complaints.webComplaintWith("channel", "WEB"))),
                    "201 201 201 201 201 201 201"),
            json(
                    "POST",
                    "/api/v1/lookup",
                    MatrixCases::filed,
                    target -> Map.of("trackingNumber", target.number(), "queryCode", target.queryCode()),
                    "200 200 200 200 200 200 200"),
            json(
                    "POST",
                    "/api/v1/lookup/material",
                    MatrixCases::materialRequested,
                    target -> supplement(target),
                    "204 204 204 204 204 204 204"),
            multipart(
                    "POST",
                    "/api/v1/lookup/material",
                    MatrixCases::materialRequested,
                    (request, target) -> request.multiPart(jsonPart("supplement", supplement(target)))
                            .multiPart(textFile()),
                    "204 204 204 204 204 204 204"),
            json(
                    "POST",
                    "/api/v1/lookup/withdrawal",
                    MatrixCases::filed,
                    target -> Map.of(
                            "trackingNumber", target.number(), "queryCode", target.queryCode(), "reason", "问题已自行解决"),
                    "204 204 204 204 204 204 204"),
            json(
                    "POST",
                    "/api/v1/lookup/rating",
                    MatrixCases::repliedWithFile,
                    target -> Map.of(
                            "trackingNumber", target.number(), "queryCode", target.queryCode(), "verdict", "SATISFIED"),
                    "200 200 200 200 200 200 200"),
            json(
                    "POST",
                    "/api/v1/lookup/review",
                    MatrixCases::closed,
                    target -> Map.of(
                            "trackingNumber", target.number(), "queryCode", target.queryCode(), "reason", "对答复意见不服"),
                    "201 201 201 201 201 201 201"),
            json(
                    "POST",
                    "/api/v1/lookup/attachments/{id}",
                    MatrixCases::repliedWithFile,
                    target -> Map.of("trackingNumber", target.number(), "queryCode", target.queryCode()),
                    "200 200 200 200 200 200 200"),
            // window evaluators: the device's own id and key, whoever else is signed in
            entry(
                    "POST",
                    "/api/v1/evaluator/ratings",
                    false,
                    (cases, place) -> cases.evaluator(),
                    request -> request,
                    (request, target) -> request.header("X-Evaluator-Id", target.id())
                            .header("X-Evaluator-Key", target.number())
                            .body(Map.of("service", "window-registration", "verdict", "SATISFIED")),
                    "201 201 201 201 201 201 201",
                    null),
            get("/api/v1/reference/regions", NOTHING, "200 200 200 200 200 200 200"),
            get("/api/v1/reference/units", NOTHING, "200 200 200 200 200 200 200"),
            json(
                    "POST",
                    "/api/v1/consultations",
                    NOTHING,
                    target -> Map.of(
                            "category", "HOUSEHOLD_REGISTRATION", "region", "640104", "question", "办理居住证需要准备哪些材料？"),
                    "201 201 201 201 201 201 201"),
            get("/api/v1/public/consultations", NOTHING, "200 200 200 200 200 200 200"),
            get("/api/v1/public/replies", NOTHING, "200 200 200 200 200 200 200"),

            // --- staff: who they are, their queues and notifications
            get("/api/v1/session", NOTHING, "401 200 200 200 200 200 200"),
            // bearer tokens: for a password (the matrix signs in with HTTP Basic); only a token revokes itself
            json("POST", "/api/v1/session/tokens", NOTHING, target -> Map.of(), "401 201 201 201 201 201 201"),
            json(
                    "DELETE",
                    "/api/v1/session/tokens/current",
                    NOTHING,
                    target -> Map.of(),
                    "401 403 403 403 403 403 403"),
            json("DELETE", "/api/v1/session/tokens", NOTHING, target -> Map.of(), "401 204 204 204 204 204 204"),
            // one's own password: every staff member's; a wrong current password (the matrix keeps the demo's) is 400
            json(
                    "POST",
                    "/api/v1/session/password",
                    NOTHING,
                    target -> Map.of("currentPassword", "not-the-password", "newPassword", "Matrix-pass-3"),
                    "401 400 400 400 400 400 400"),
            get("/api/v1/work-queue", NOTHING, "401 200 200 200 200 200 200"),
            get("/api/v1/notifications", NOTHING, "401 200 200 200 200 200 200"),
            // AB岗: every member records their own absence (here with a substitute who is nobody's, so nothing moves)
            get("/api/v1/absences", NOTHING, "401 200 200 200 200 200 200"),
            json(
                    "POST",
                    "/api/v1/absences",
                    NOTHING,
                    target -> Map.of("substitute", "no.such.member", "endsAt", "2030-01-01T00:00:00Z", "reason", "休假"),
                    "401 400 400 400 400 400 400"),
            // a notification is its recipient's alone: the place's handler
            json(
                    "POST",
                    "/api/v1/notifications/{id}/read",
                    (cases, place) -> cases.notification(place),
                    target -> Map.of(),
                    "401 404 404 204 404 404 404",
                    "401 404 404 404 404 404 404"),

            // --- cases
            get("/api/v1/complaints", NOTHING, "401 403 200 200 200 200 200"),
            get(C, MatrixCases::dispatched, "401 404 200 200 200 200 200", "401 404 200 404 404 404 200"),
            // the full identity: for the office and the bureau that contacts the complainant
            get(
                    C + "/complainant",
                    MatrixCases::dispatched,
                    "401 404 200 200 200 403 403",
                    "401 404 200 404 404 404 403"),
            get(
                    C + "/attachments",
                    MatrixCases::withAttachment,
                    "401 404 200 200 200 200 200",
                    "401 404 200 404 404 404 200"),
            // the complainant's files (the office's upload is intake material): like the full identity
            get(
                    C + "/attachments/{id}",
                    MatrixCases::withAttachment,
                    "401 404 200 200 200 403 403",
                    "401 404 200 404 404 404 403"),
            multipart(
                    "POST",
                    C + "/attachments",
                    MatrixCases::dispatched,
                    (request, target) -> request.multiPart(textFile()),
                    "401 404 201 201 201 201 201",
                    "401 404 201 404 404 404 201"),
            get(C + "/likely-repeats", MatrixCases::dispatched, "401 403 200 403 403 403 403"),
            json(
                    "PUT",
                    C + "/flags",
                    MatrixCases::dispatched,
                    target -> Map.of("flags", List.of("JOINT"), "persons", 6, "reason", "六人联名"),
                    "401 403 200 403 403 403 403"),
            get("/api/v1/indicators/repeat-petitions", NOTHING, "401 403 200 403 403 200 200"),
            // the seeds' summary of one unit (the place's bureau; without a unit, all in scope): refused outside the
            // scope
            entry(
                    "GET",
                    "/api/v1/monitoring/summary",
                    false,
                    (cases, place) -> new Target("psb-" + place.region, null, null),
                    request -> request,
                    (request, target) -> request.queryParam("from", "2024-11-01")
                            .queryParam("to", "2024-11-30")
                            .queryParam("unit", target.number()),
                    "401 403 200 200 200 200 200",
                    "401 403 200 403 403 403 200"),

            // --- the assessment (考核): read by the staff it measures; each step by its own role
            entry(
                    "GET",
                    "/api/v1/assessment/indicators",
                    false,
                    NOTHING,
                    request -> request.queryParam("from", "2024-11-01").queryParam("to", "2024-11-30"),
                    (request, target) -> request,
                    "401 403 200 200 200 200 200",
                    null),
            get(
                    "/api/v1/assessment/months/{month}",
                    (cases, place) -> MatrixCases.OPEN_MONTH,
                    "401 403 200 200 200 200 200"),
            json(
                    "POST",
                    "/api/v1/assessment/months/{month}/close",
                    (cases, place) -> cases.unclosedMonth(),
                    target -> Map.of(),
                    "401 403 403 403 403 200 403"),
            json(
                    "PUT",
                    "/api/v1/assessment/months/{month}/opinion-scores",
                    (cases, place) -> MatrixCases.OPEN_MONTH,
                    target -> Map.of("scores", List.of(Map.of("unit", "psb-640104", "score", 70))),
                    "401 403 204 403 403 403 403"),
            get("/api/v1/assessment/weights", NOTHING, "401 403 200 200 200 200 200"),
            json(
                    "POST",
                    "/api/v1/assessment/weights",
                    NOTHING,
                    target -> MatrixCases.newWeights(),
                    "401 403 403 403 403 403 200"),
            get("/api/v1/assessment/exclusions", NOTHING, "401 403 200 403 403 200 200"),
            json(
                    "POST",
                    "/api/v1/assessment/exclusions",
                    MatrixCases::dispatched,
                    target -> Map.of("trackingNumber", target.number(), "reason", "恶意投诉"),
                    "401 403 200 403 200 403 403",
                    "401 403 200 403 404 403 403"),
            json(
                    "POST",
                    "/api/v1/assessment/exclusions/{id}/decision",
                    MatrixCases::exclusionProposed,
                    target -> Map.of("approve", false),
                    "401 403 403 403 403 200 403",
                    "401 403 403 403 403 404 403"),

            // --- the bulletin (考核通报): generated by the office and the inspectors, read by them and the bureaus'
            // leaders (a province-wide publication: no record is outside their reach)
            get("/api/v1/bulletins", NOTHING, "401 403 200 403 200 200 403"),
            json(
                    "POST",
                    "/api/v1/bulletins/{month}",
                    (cases, place) -> cases.closedMonthWithoutBulletin(),
                    target -> Map.of(),
                    "401 403 201 403 403 201 403"),
            json(
                    "POST",
                    "/api/v1/bulletins/{month}/versions",
                    (cases, place) -> cases.bulletinGenerated(),
                    target -> Map.of(),
                    "401 403 201 403 403 201 403"),
            get(
                    "/api/v1/bulletins/{month}.pdf",
                    (cases, place) -> cases.bulletinGenerated(),
                    "401 403 200 403 200 200 403"),
            get(
                    "/api/v1/bulletins/{month}.xlsx",
                    (cases, place) -> cases.bulletinGenerated(),
                    "401 403 200 403 200 200 403"),

            // --- the process, step by step: only the model's candidates, and only in their scope
            json(
                    "POST",
                    C + "/triage",
                    MatrixCases::filed,
                    target -> Map.of("decision", "ACCEPT"),
                    "401 404 204 404 404 403 403",
                    "401 404 204 404 404 404 403"),
            json(
                    "POST",
                    C + "/refusal-approval",
                    MatrixCases::refusalProposed,
                    target -> Map.of("approved", true),
                    "401 404 403 404 404 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/dispatch",
                    MatrixCases::accepted,
                    target -> Map.of(),
                    "401 404 204 404 404 403 403",
                    "401 404 204 404 404 404 403"),
            json(
                    "POST",
                    C + "/sign-for",
                    MatrixCases::dispatched,
                    target -> Map.of(),
                    "401 404 403 204 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/return",
                    MatrixCases::dispatched,
                    target -> Map.of("reason", "不属于本单位管辖"),
                    "401 404 403 204 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/reply",
                    MatrixCases::signedFor,
                    target -> Map.of("text", "经调查核实，已依法处理。"),
                    "401 404 403 204 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/reply-approval",
                    MatrixCases::replyDrafted,
                    target -> Map.of("approved", true),
                    "401 404 403 403 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/extension-requests",
                    MatrixCases::signedFor,
                    target -> Map.of("amount", 10, "reason", "需要进一步调查取证"),
                    "401 404 403 204 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/extension-approval",
                    MatrixCases::extensionRequested,
                    target -> Map.of("approved", true),
                    "401 404 403 403 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/material-requests",
                    MatrixCases::signedFor,
                    target -> Map.of("what", "请提供现场照片"),
                    "401 404 403 204 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/material-request-approval",
                    MatrixCases::materialRequestedAgain,
                    target -> Map.of("approved", true),
                    "401 404 403 403 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/material-received",
                    MatrixCases::materialRequested,
                    target -> Map.of("note", "窗口收到照片"),
                    "401 404 403 204 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/callback",
                    MatrixCases::awaitingCallback,
                    target -> Map.of("result", "SATISFIED"),
                    "401 404 204 403 403 403 403",
                    "401 404 204 404 404 404 403"),
            json(
                    "POST",
                    C + "/review",
                    MatrixCases::underReview,
                    target -> Map.of("conclusion", "答复合法合理，维持"),
                    "401 404 403 403 403 204 403",
                    "401 404 403 404 404 404 403"),

            // --- 复查 / 复核: the office enters a request for the complainant; the body above answers (none of these)
            json(
                    "POST",
                    C + "/review-requests",
                    MatrixCases::closed,
                    target -> Map.of("reason", "来电：对答复意见不服"),
                    "401 201 201 403 403 403 403",
                    "401 201 201 403 403 403 403"),
            json(
                    "POST",
                    C + "/review-opinion",
                    MatrixCases::reviewRequested,
                    target -> Map.of("conclusion", "UPHELD", "opinion", "经复查，维持原处理意见。"),
                    "401 404 403 403 403 403 403",
                    "401 404 403 404 404 404 403"),
            get(
                    C + "/reviews",
                    MatrixCases::reviewRequested,
                    "401 404 200 200 200 200 200",
                    "401 404 200 404 404 404 200"),

            // --- supervision: inspectors, over the units of their level and below
            get("/api/v1/supervision/board", NOTHING, "401 403 403 403 403 200 403"),
            get("/api/v1/supervision/orders", NOTHING, "401 403 403 403 403 200 403"),
            get("/api/v1/supervision/accountability", NOTHING, "401 403 403 403 403 200 403"),
            get("/api/v1/supervision/summary", NOTHING, "401 403 403 403 403 200 403"),
            // --- 首问负责: the owner (the clerk who accepted the case) hands it over
            json(
                    "POST",
                    C + "/owner",
                    MatrixCases::accepted,
                    target -> Map.of("clerk", "clerk.b", "reason", "休假，移交同事"),
                    "401 403 204 403 403 403 403",
                    "401 403 204 403 403 403 403"),
            json(
                    "POST",
                    "/api/v1/supervision/cases/{trackingNumber}/flag",
                    MatrixCases::dispatched,
                    target -> Map.of("reason", "群众反映强烈"),
                    "401 403 403 403 403 204 403",
                    "401 403 403 403 403 404 403"),
            json(
                    "POST",
                    "/api/v1/supervision/cases/{trackingNumber}/orders",
                    MatrixCases::supervisionFlagged,
                    target -> Map.of("instructions", "请于期限内办结并报告"),
                    "401 403 403 403 403 201 403",
                    "401 403 403 403 403 404 403"),
            // 问责 raised by an inspector, for a behaviour of the catalogue, on a case of their scope
            json(
                    "POST",
                    "/api/v1/supervision/accountability",
                    MatrixCases::dispatched,
                    target -> Map.of("trackingNumber", target.number(), "behaviour", "PERFUNCTORY", "facts", "答复未回应诉求"),
                    "401 403 403 403 403 201 403",
                    "401 403 403 403 403 404 403"),
            get("/api/v1/supervision/accountability/statistics", NOTHING, "401 403 403 403 403 200 403"),
            // 明查暗访: inspectors record visits to the units of their scope (here 兴庆区分局, in 银川's)
            json(
                    "POST",
                    "/api/v1/supervision/visits",
                    NOTHING,
                    target -> Map.of(
                            "unit",
                            "psb-640104",
                            "kind",
                            "SURPRISE",
                            "visitedOn",
                            "2026-06-01",
                            "findings",
                            "接待窗口无人值守"),
                    "401 403 403 403 403 201 403"),
            get("/api/v1/supervision/visits", NOTHING, "401 403 403 403 403 200 403"),
            json(
                    "POST",
                    "/api/v1/supervision/accountability/{id}/conclusion",
                    MatrixCases::accountability,
                    target -> Map.of("outcome", "约谈分局负责人"),
                    "401 403 403 403 403 200 403",
                    "401 403 403 403 403 404 403"),
            json(
                    "POST",
                    C + "/supervision-answer",
                    MatrixCases::supervisionOrdered,
                    target -> Map.of("answer", "已按督办要求办结"),
                    "401 404 403 204 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/rectification",
                    MatrixCases::rectificationRequested,
                    target -> Map.of("measures", "已书面说明处理结果"),
                    "401 404 403 204 204 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    C + "/rectification-check",
                    MatrixCases::rectificationReported,
                    target -> Map.of("accepted", true),
                    "401 404 204 403 403 403 403",
                    "401 404 204 404 404 404 403"),

            // --- publication of replies (答复公开): the office proposes and withdraws, the inspectors review
            get(
                    C + "/disclosure-draft",
                    MatrixCases::awaitingCallback,
                    "401 403 200 403 403 403 403",
                    "401 403 200 403 403 403 403"),
            get(
                    C + "/disclosures",
                    MatrixCases::awaitingCallback,
                    "401 403 200 403 403 200 200",
                    "401 403 200 403 403 404 200"),
            json(
                    "POST",
                    C + "/disclosures",
                    MatrixCases::awaitingCallback,
                    target -> Map.of("reason", "典型案例"),
                    "401 403 201 403 403 403 403",
                    "401 403 201 403 403 403 403"),
            get("/api/v1/disclosures", NOTHING, "401 403 200 403 403 200 200"),
            get(
                    "/api/v1/disclosures/{id}",
                    MatrixCases::disclosureProposed,
                    "401 403 200 403 403 200 200",
                    "401 403 200 403 403 404 200"),
            json(
                    "POST",
                    "/api/v1/disclosures/{id}/review",
                    MatrixCases::disclosureProposed,
                    target -> Map.of("approve", true),
                    "401 403 403 403 403 200 403",
                    "401 403 403 403 403 404 403"),
            json(
                    "POST",
                    "/api/v1/disclosures/{id}/withdrawal",
                    MatrixCases::disclosurePublished,
                    target -> Map.of("reason", "投诉人要求撤下"),
                    "401 403 200 403 403 403 403",
                    "401 403 200 403 403 403 403"),

            // --- online consultation: the department it is routed to, the petition office
            get("/api/v1/consultations", NOTHING, "401 403 200 200 200 200 200"),
            get(
                    "/api/v1/consultations/{trackingNumber}",
                    MatrixCases::consultationRouted,
                    "401 404 200 200 200 200 200",
                    "401 404 200 404 404 404 200"),
            json(
                    "POST",
                    "/api/v1/consultations/{trackingNumber}/answer",
                    MatrixCases::consultationRouted,
                    target -> Map.of("text", "请携带身份证到辖区派出所办理。"),
                    "401 404 403 204 403 403 403",
                    "401 404 403 404 404 404 403"),
            json(
                    "POST",
                    "/api/v1/consultations/{trackingNumber}/reroute",
                    MatrixCases::consultationRouted,
                    target -> Map.of("department", "psb-640105", "reason", "属西夏区管辖"),
                    "401 403 204 403 403 403 403"),
            json(
                    "POST",
                    "/api/v1/consultations/{trackingNumber}/publication",
                    MatrixCases::consultationAnswered,
                    target -> Map.of("publish", false),
                    "401 404 204 403 204 403 403",
                    "401 404 204 404 404 404 403"),

            // --- the monthly survey (电脑随机抽样、电话回访): the petition office's clerks only
            json(
                    "POST",
                    "/api/v1/surveys/{month}/draw",
                    (cases, place) -> cases.undrawnSurveyMonth(),
                    target -> Map.of(),
                    "401 403 201 403 403 403 403"),
            get("/api/v1/surveys/{month}", (cases, place) -> cases.drawnSurveyMonth(), "401 403 200 403 403 403 403"),
            get(
                    "/api/v1/surveys/{month}/calls",
                    (cases, place) -> cases.drawnSurveyMonth(),
                    "401 403 200 403 403 403 403"),
            get(
                    "/api/v1/surveys/{month}/results",
                    (cases, place) -> cases.drawnSurveyMonth(),
                    "401 403 200 403 403 403 403"),
            multipart(
                    "POST",
                    "/api/v1/surveys/{month}/service-users",
                    (cases, place) -> cases.undrawnSurveyMonth(),
                    (request, target) -> request.multiPart(MatrixCases.serviceUserList(target)),
                    "401 403 201 403 403 403 403"),
            get(
                    "/api/v1/surveys/{month}/service-users",
                    (cases, place) -> cases.undrawnSurveyMonth(),
                    "401 403 200 403 403 403 403"),
            // no call of a drawn month outside anyone's reach: an unknown call is 404 to the clerk alone
            json(
                    "POST",
                    "/api/v1/surveys/calls/{id}",
                    (cases, place) -> Target.NOTHING.withId(Long.MAX_VALUE),
                    target -> Map.of("outcome", "REFUSED"),
                    "401 403 404 403 403 403 403"),

            // --- administration: administrators only
            get("/api/v1/admin/audit", NOTHING, "401 403 403 403 403 403 200"),
            entry(
                    "GET",
                    "/api/v1/admin/audit/export",
                    false,
                    NOTHING,
                    request -> request.accept("text/csv"),
                    (request, target) -> request,
                    "401 403 403 403 403 403 200",
                    null),
            json(
                    "POST",
                    "/api/v1/admin/audit/verification",
                    NOTHING,
                    target -> Map.of(),
                    "401 403 403 403 403 403 200"),
            get("/api/v1/admin/outbox", NOTHING, "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/outbox/{id}/retry",
                    (cases, place) -> cases.failedMessage(),
                    target -> Map.of(),
                    "401 403 403 403 403 403 200"),
            json("POST", "/api/v1/admin/privacy/rotation", NOTHING, target -> Map.of(), "401 403 403 403 403 403 200"),
            get("/api/v1/admin/staff", NOTHING, "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/staff",
                    NOTHING,
                    target -> MatrixCases.newStaffAccount(),
                    "401 403 403 403 403 403 201"),
            get("/api/v1/admin/staff/{username}", (cases, place) -> cases.staffMember(), "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/staff/{username}/disable",
                    (cases, place) -> cases.staffMember(),
                    target -> Map.of(),
                    "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/staff/{username}/enable",
                    (cases, place) -> cases.staffMember(),
                    target -> Map.of(),
                    "401 403 403 403 403 403 200"),
            json(
                    "PUT",
                    "/api/v1/admin/staff/{username}/unit",
                    (cases, place) -> cases.staffMember(),
                    target -> Map.of("unit", "psb-640106"),
                    "401 403 403 403 403 403 200"),
            json(
                    "PUT",
                    "/api/v1/admin/staff/{username}/roles",
                    (cases, place) -> cases.staffMember(),
                    target -> Map.of("roles", List.of("BUREAU_LEADER")),
                    "401 403 403 403 403 403 200"),
            json(
                    "PUT",
                    "/api/v1/admin/staff/{username}/password",
                    (cases, place) -> cases.staffMember(),
                    target -> Map.of("password", "Matrix-pass-2"),
                    "401 403 403 403 403 403 204"),
            get("/api/v1/admin/units", NOTHING, "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/units",
                    NOTHING,
                    target -> MatrixCases.newUnit(),
                    "401 403 403 403 403 403 201"),
            get("/api/v1/admin/units/{code}", (cases, place) -> cases.unit(), "401 403 403 403 403 403 200"),
            json(
                    "PUT",
                    "/api/v1/admin/units/{code}/name",
                    (cases, place) -> cases.unit(),
                    target -> Map.of("nameZh", "授权矩阵派出所（更名）", "nameEn", "Matrix station (renamed)"),
                    "401 403 403 403 403 403 200"),
            get("/api/v1/admin/open311-clients", NOTHING, "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/open311-clients",
                    NOTHING,
                    target -> Map.of("name", "授权矩阵应用"),
                    "401 403 403 403 403 403 201"),
            json(
                    "POST",
                    "/api/v1/admin/open311-clients/{id}/revoke",
                    (cases, place) -> cases.open311Client(),
                    target -> Map.of(),
                    "401 403 403 403 403 403 200"),
            get("/api/v1/admin/evaluators", NOTHING, "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/evaluators",
                    NOTHING,
                    target -> MatrixCases.newEvaluator(),
                    "401 403 403 403 403 403 201"),
            get("/api/v1/admin/evaluators/{id}", (cases, place) -> cases.evaluator(), "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/evaluators/{id}/rotate-key",
                    (cases, place) -> cases.evaluator(),
                    target -> Map.of(),
                    "401 403 403 403 403 403 200"),
            json(
                    "POST",
                    "/api/v1/admin/evaluators/{id}/revoke",
                    (cases, place) -> cases.evaluator(),
                    target -> Map.of(),
                    "401 403 403 403 403 403 200"),
            get("/api/v1/admin/calendar", NOTHING, "401 403 403 403 403 403 200"),
            get("/api/v1/admin/calendar/{year}", (cases, place) -> cases.loadedYear(), "401 403 403 403 403 403 200"),
            json(
                    "PUT",
                    "/api/v1/admin/calendar/{year}",
                    (cases, place) -> cases.spareYear(),
                    target -> MatrixCases.spareYearSchedule(),
                    "401 403 403 403 403 403 200"),
            json(
                    "DELETE",
                    "/api/v1/admin/calendar/{year}",
                    (cases, place) -> cases.spareYear(),
                    target -> Map.of(),
                    "401 403 403 403 403 403 204"));

    private AuthorizationMatrix() {}

    private static Entry get(String path, Fixture fixture, String inScope, String outOfScope) {
        return entry(
                "GET", path, false, fixture, request -> request, (request, target) -> request, inScope, outOfScope);
    }

    /** A request where no record is outside anyone's scope: the same answers both times. */
    private static Entry get(String path, Fixture fixture, String everywhere) {
        return get(path, fixture, everywhere, null);
    }

    private static Entry json(
            String method,
            String path,
            Fixture fixture,
            Function<Target, Object> body,
            String inScope,
            String outOfScope) {
        return entry(
                method,
                path,
                false,
                fixture,
                request -> request,
                (request, target) -> request.body(body.apply(target)),
                inScope,
                outOfScope);
    }

    private static Entry json(
            String method, String path, Fixture fixture, Function<Target, Object> body, String everywhere) {
        return json(method, path, fixture, body, everywhere, null);
    }

    private static Entry multipart(
            String method,
            String path,
            Fixture fixture,
            BiFunction<RequestSpecification, Target, RequestSpecification> parts,
            String inScope,
            String outOfScope) {
        return entry(
                method,
                path,
                true,
                fixture,
                request -> request.contentType("multipart/form-data; charset=UTF-8"),
                parts,
                inScope,
                outOfScope);
    }

    private static Entry multipart(
            String method,
            String path,
            Fixture fixture,
            BiFunction<RequestSpecification, Target, RequestSpecification> parts,
            String everywhere) {
        return multipart(method, path, fixture, parts, everywhere, null);
    }

    private static Entry entry(
            String method,
            String path,
            boolean multipart,
            Fixture fixture,
            UnaryOperator<RequestSpecification> request,
            BiFunction<RequestSpecification, Target, RequestSpecification> body,
            String inScope,
            String outOfScope) {
        return new Entry(
                method,
                path,
                multipart,
                fixture,
                request,
                body,
                codes(inScope),
                outOfScope == null ? null : codes(outOfScope));
    }

    private static int[] codes(String row) {
        int[] codes = Arrays.stream(row.split(" ")).mapToInt(Integer::parseInt).toArray();
        if (codes.length != ROLES.size()) {
            throw new IllegalArgumentException("one answer per role: " + row);
        }
        return codes;
    }

    private static Map<String, Object> supplement(Target target) {
        return Map.of("trackingNumber", target.number(), "queryCode", target.queryCode(), "note", "补充现场照片说明");
    }

    private static MultiPartSpecification textFile() {
        return new MultiPartSpecBuilder(MatrixCases.NOTE.getBytes(StandardCharsets.UTF_8))
                .controlName("files")
                .fileName("note.txt")
                .mimeType("text/plain")
                .build();
    }
}
