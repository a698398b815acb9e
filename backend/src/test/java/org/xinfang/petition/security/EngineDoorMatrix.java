package org.xinfang.petition.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.xinfang.petition.consultation.ConsultationProcess;
import org.xinfang.petition.disclosure.DisclosureProcess;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.RectificationProcess;
import org.xinfang.petition.process.ReviewProcess;
import org.xinfang.petition.security.MatrixCases.Place;
import org.xinfang.petition.security.MatrixCases.Target;
import org.xinfang.petition.supervision.SupervisionProcess;

/**
 * The authorization matrix of the engine's own doors (the second door): for every user task of the models, how
 * each role stands to it in a record inside its scope (兴庆区) and in one outside it (大武口区, another city), and
 * the answer each standing gets for each act on the task, through the webapps' engine API (Tasklist) and through
 * /engine-rest. The rules are those of docs/security.md, "One gate for every door": who may see the record and is
 * a candidate works on the task with its form's fields; nobody changes it otherwise; a task of a record outside
 * one's scope is no task at all.
 *
 * <p>The roles, in the order of every row: anonymous, operator (12389), petition-office clerk, handler and leader of
 * 兴庆区分局, the city inspector of 银川 and the county inspector of 兴庆区 (whose scopes take in 兴庆区), administrator.
 * The petition office and administrators see every record.
 */
final class EngineDoorMatrix {

    /** The roles of a row's columns, in order (null: anonymous). */
    static final List<String> ROLES = Arrays.asList(
            null,
            "operator",
            "clerk",
            "handler.xingqing",
            "leader.xingqing",
            "inspector.yinchuan",
            "inspector.xingqing",
            "admin");

    /** How a role stands to a task, by the symbol a row gives it. */
    enum Standing {
        /** May see the task's record and is one of its candidates. */
        CANDIDATE('C'),
        /** May see the task's record, but is not a candidate. */
        ONLOOKER('.'),
        /** May not see the task's record: the task must look exactly like one that does not exist. */
        OUTSIDER('x'),
        /** Sees every record, is granted everything by the engine, and is no task's candidate. */
        ADMINISTRATOR('A'),
        ANONYMOUS('-');

        final char symbol;

        Standing(char symbol) {
            this.symbol = symbol;
        }

        static Standing of(char symbol) {
            return Arrays.stream(values())
                    .filter(standing -> standing.symbol == symbol)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no standing " + symbol));
        }
    }

    /** The webapps' engine API with a Tasklist session and its CSRF token; the engine's REST API with Basic. */
    enum Door {
        WEBAPPS,
        ENGINE_REST
    }

    enum Action {
        /** The task query by the record's business key, and Tasklist's filter narrowed to it. */
        LIST(false),
        /** The task's variables and its form's variables. */
        READ_VARIABLES(false),
        /** Claiming the task for oneself. */
        CLAIM(true),
        /** Completing it with valid values of its form's own fields. */
        COMPLETE(true),
        /** Completing it with the same values and a variable its form does not declare. */
        COMPLETE_WITH_FOREIGN_VARIABLE(true),
        /** Setting its due date (PUT /task/{id}). */
        UPDATE(true),
        /** Making oneself one of its candidates (POST /task/{id}/identity-links). */
        ADD_IDENTITY_LINK(true);

        /** Whether the act would change the task if it were let through. */
        final boolean changes;

        Action(boolean changes) {
            this.changes = changes;
        }
    }

    /**
     * What a request gets: a status with our problem's code, or, for a list, 200 with the task in it or not ({@code
     * listed}). A 400 names the field of the foreign variable.
     */
    record Answer(int status, String code, Boolean listed) {

        static Answer parse(String text) {
            return switch (text) {
                case "shown" -> new Answer(200, null, true);
                case "hidden" -> new Answer(200, null, false);
                default -> {
                    String[] parts = text.split(" ");
                    yield new Answer(Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : null, null);
                }
            };
        }

        boolean isSuccess() {
            return status < 300;
        }
    }

    /** /engine-rest to a caller without credentials (Spring Security). */
    private static final String DENIED_ANONYMOUS = "401 authentication-required";
    /** The webapps' engine API to a caller who has not logged in (their own authentication filter). */
    private static final String NOBODY = "401 http.401";

    private static final String DENIED_STAFF = "403 access-denied";
    private static final String NOT_CANDIDATE = "403 case.not-candidate";
    private static final String NO_TASK = "404 task.not-found";
    private static final String NO_CHANGE = "403 task.change-not-allowed";

    /**
     * The answers, per door and action, in the order of {@link Standing}: candidate | onlooker | outsider |
     * administrator | anonymous. An update reads its task first (the engine's REST resource), so whoever may not
     * read the task gets the 404 of a task that is not there. /engine-rest lets administrators in only (Spring
     * Security refuses everyone else before the engine); there the gate stands for the administrator as in the
     * webapps.
     */
    static final Map<Door, Map<Action, List<Answer>>> ANSWERS = new EnumMap<>(Map.of(
            Door.WEBAPPS,
                    answers(
                            "shown | hidden | hidden | shown | " + NOBODY,
                            "200 | " + NO_TASK + " | " + NO_TASK + " | 200 | " + NOBODY,
                            "204 | " + NOT_CANDIDATE + " | " + NO_TASK + " | " + NOT_CANDIDATE + " | " + NOBODY,
                            "204 | " + NOT_CANDIDATE + " | " + NO_TASK + " | " + NOT_CANDIDATE + " | " + NOBODY,
                            "400 constraint.not-a-form-field | " + NOT_CANDIDATE + " | " + NO_TASK + " | "
                                    + NOT_CANDIDATE + " | " + NOBODY,
                            NO_CHANGE + " | 404 http.404 | 404 http.404 | " + NO_CHANGE + " | " + NOBODY,
                            NO_CHANGE + " | " + NO_CHANGE + " | " + NO_CHANGE + " | " + NO_CHANGE + " | " + NOBODY),
            Door.ENGINE_REST,
                    answers(
                            staffDenied("shown"),
                            staffDenied("200"),
                            staffDenied(NOT_CANDIDATE),
                            staffDenied(NOT_CANDIDATE),
                            staffDenied(NOT_CANDIDATE),
                            staffDenied(NO_CHANGE),
                            staffDenied(NO_CHANGE))));

    /**
     * A task type with the record it waits in, its form's valid input, a variable its form does not declare, and how
     * each role stands to it in a record inside and outside the scoped roles' reach ({@code outOfScope} null where
     * there is only one kind of record).
     */
    record Entry(
            String process,
            String task,
            BiFunction<MatrixCases, Place, Target> fixture,
            Map<String, Object> form,
            String foreignVariable,
            Standing[] inScope,
            Standing[] outOfScope) {

        String key() {
            return process + " " + task;
        }

        Standing[] standings(Place place) {
            return place == Place.OUT_OF_SCOPE ? outOfScope : inScope;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static final String COMPLAINT = ComplaintProcess.KEY;
    private static final String SUPERVISION = SupervisionProcess.KEY;
    private static final String CONSULTATION = ConsultationProcess.KEY;
    private static final String RECTIFICATION = RectificationProcess.KEY;
    private static final String REVIEW = ReviewProcess.KEY;
    /** The value of a foreign variable: another bureau, to whom an attacker would hand the case's next task. */
    static final String ANOTHER_BUREAU = "psb-640106";

    static final List<Entry> ENTRIES = List.of(
            // --- complaints: the office, then the bureau the case is dispatched to, its leaders, the inspectors above
            // it
            entry(
                    COMPLAINT,
                    Stage.TRIAGE.taskKey(),
                    MatrixCases::filed,
                    Map.of("triageDecision", "ACCEPT"),
                    "bureau",
                    "- x C x x . . A",
                    "- x C x x x x A"),
            // 否定报备: the office's leader (a column of none of these) decides a clerk's proposed refusal
            entry(
                    COMPLAINT,
                    Stage.REFUSAL_APPROVAL.taskKey(),
                    MatrixCases::refusalProposed,
                    Map.of("refusalApproved", true),
                    "bureau",
                    "- x . x x . . A",
                    "- x . x x x x A"),
            // the dispatch form has a bureau field of its own (the clerk may choose another than proposed)
            entry(
                    COMPLAINT,
                    Stage.DISPATCH.taskKey(),
                    MatrixCases::accepted,
                    Map.of("comment", "按属地派单"),
                    "department",
                    "- x C x x . . A",
                    "- x C x x x x A"),
            entry(
                    COMPLAINT,
                    Stage.SIGN_FOR.taskKey(),
                    MatrixCases::dispatched,
                    Map.of("signForDecision", "SIGN_FOR"),
                    "bureau",
                    "- x . C C . . A",
                    "- x . x x x x A"),
            entry(
                    COMPLAINT,
                    Stage.HANDLING.taskKey(),
                    MatrixCases::signedFor,
                    Map.of("replyText", "经调查核实，已依法处理。"),
                    "bureau",
                    "- x . C C . . A",
                    "- x . x x x x A"),
            entry(
                    COMPLAINT,
                    Stage.REPLY_APPROVAL.taskKey(),
                    MatrixCases::replyDrafted,
                    Map.of("replyApproved", true),
                    "bureau",
                    "- x . . C . . A",
                    "- x . x x x x A"),
            entry(
                    COMPLAINT,
                    Stage.EXTENSION_LEADER_APPROVAL.taskKey(),
                    MatrixCases::extensionRequested,
                    Map.of("extensionApproved", true),
                    "bureau",
                    "- x . . C . . A",
                    "- x . x x x x A"),
            entry(
                    COMPLAINT,
                    Stage.MATERIAL_REPEAT_APPROVAL.taskKey(),
                    MatrixCases::materialRequestedAgain,
                    Map.of("materialRepeatApproved", true),
                    "bureau",
                    "- x . . C . . A",
                    "- x . x x x x A"),
            entry(
                    COMPLAINT,
                    Stage.EXTENSION_OFFICE_APPROVAL.taskKey(),
                    MatrixCases::extensionApprovedByLeader,
                    Map.of("extensionApproved", true),
                    "bureau",
                    "- x C . . . . A",
                    "- x C x x x x A"),
            entry(
                    COMPLAINT,
                    Stage.CALLBACK.taskKey(),
                    MatrixCases::awaitingCallback,
                    Map.of("callbackResult", "SATISFIED"),
                    "bureau",
                    "- x C . . . . A",
                    "- x C x x x x A"),
            // the inspectors of the case's bureau and of every unit above it, exactly those whose scope holds the case
            entry(
                    COMPLAINT,
                    Stage.INSPECTOR_REVIEW.taskKey(),
                    MatrixCases::underReview,
                    Map.of("conclusion", "答复合法合理，维持"),
                    "bureau",
                    "- x . . . C C A",
                    "- x . x x x x A"),

            // --- supervision: flagged by the city's inspectors, whose level issues the order; the bureau answers it
            entry(
                    SUPERVISION,
                    SupervisionProcess.Step.ISSUE_ORDER.taskKey(),
                    MatrixCases::supervisionFlagged,
                    Map.of("instructions", "请于期限内办结并报告", "workingDays", 5),
                    "level",
                    "- x . . . C . A",
                    "- x . x x x x A"),
            entry(
                    SUPERVISION,
                    SupervisionProcess.Step.ANSWER_ORDER.taskKey(),
                    MatrixCases::supervisionOrdered,
                    Map.of("answer", "已按督办要求办结"),
                    "level",
                    "- x . C C . . A",
                    "- x . x x x x A"),

            // --- rectification of a reply rated unsatisfied: the bureau that replied, then the office's check
            entry(
                    RECTIFICATION,
                    RectificationProcess.Step.RECTIFY.taskKey(),
                    MatrixCases::rectificationRequested,
                    Map.of("measures", "已书面说明处理结果"),
                    "bureau",
                    "- x . C C . . A",
                    "- x . x x x x A"),
            entry(
                    RECTIFICATION,
                    RectificationProcess.Step.CHECK.taskKey(),
                    MatrixCases::rectificationReported,
                    Map.of("rectificationAccepted", true),
                    "bureau",
                    "- x C . . . . A",
                    "- x C x x x x A"),

            // --- 复查 and 复核 of a closed case: the handlers and leaders of the city bureau above the case's, then of
            // the province's; everyone else who sees the case only looks on
            entry(
                    REVIEW,
                    ReviewProcess.Level.REVIEW.taskKey(),
                    MatrixCases::reviewRequested,
                    Map.of("conclusion", "UPHELD", "opinion", "经复查，维持原处理意见。"),
                    "bureau",
                    "- x . . . . . A",
                    "- x . x x x x A"),
            entry(
                    REVIEW,
                    ReviewProcess.Level.RE_REVIEW.taskKey(),
                    MatrixCases::reReviewRequested,
                    Map.of("conclusion", "UPHELD", "opinion", "经复核，维持复查意见。"),
                    "bureau",
                    "- x . . . . . A",
                    "- x . x x x x A"),

            // --- consultations: the office routes a question about no place, which nobody else sees; the department
            // it is routed to answers; the office or the department's leaders decide its publication
            entry(
                    CONSULTATION,
                    ConsultationProcess.Step.ROUTE.taskKey(),
                    MatrixCases::consultationUnrouted,
                    Map.of("department", "psb-640104"),
                    "bureau",
                    "- x C x x x x A",
                    null),
            entry(
                    CONSULTATION,
                    ConsultationProcess.Step.ANSWER.taskKey(),
                    MatrixCases::consultationRouted,
                    Map.of("text", "请携带身份证到辖区派出所办理。"),
                    "department",
                    "- x . C . . . A",
                    "- x . x x x x A"),
            entry(
                    CONSULTATION,
                    ConsultationProcess.Step.DECIDE_PUBLICATION.taskKey(),
                    MatrixCases::consultationAnswered,
                    Map.of("publish", false),
                    "department",
                    "- x C . C . . A",
                    "- x C x x x x A"),

            // --- publication of a reply: the confidentiality review by the inspectors whose scope holds the case
            entry(
                    DisclosureProcess.KEY,
                    DisclosureProcess.Step.REVIEW.taskKey(),
                    MatrixCases::disclosureProposed,
                    Map.of("disclosureApproved", true),
                    "bureau",
                    "- x . . . C C A",
                    "- x . x x x x A"));

    private EngineDoorMatrix() {}

    private static Entry entry(
            String process,
            String task,
            BiFunction<MatrixCases, Place, Target> fixture,
            Map<String, Object> form,
            String foreignVariable,
            String inScope,
            String outOfScope) {
        return new Entry(
                process,
                task,
                fixture,
                form,
                foreignVariable,
                standings(inScope),
                outOfScope == null ? null : standings(outOfScope));
    }

    private static Standing[] standings(String row) {
        String[] symbols = row.split(" ");
        if (symbols.length != ROLES.size()) {
            throw new IllegalArgumentException("one standing per role: " + row);
        }
        return Arrays.stream(symbols)
                .map(symbol -> Standing.of(symbol.charAt(0)))
                .toArray(Standing[]::new);
    }

    /** Staff other than administrators and anonymous callers are stopped before the engine. */
    private static String staffDenied(String administrator) {
        return String.join(" | ", DENIED_STAFF, DENIED_STAFF, DENIED_STAFF, administrator, DENIED_ANONYMOUS);
    }

    /** One row per action, in the order of {@link Action}; one answer per standing, in the order of {@link Standing}. */
    private static Map<Action, List<Answer>> answers(String... rows) {
        if (rows.length != Action.values().length) {
            throw new IllegalArgumentException("one row per action");
        }
        Map<Action, List<Answer>> answers = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            List<Answer> row = Arrays.stream(rows[action.ordinal()].split(" \\| "))
                    .map(Answer::parse)
                    .toList();
            if (row.size() != Standing.values().length) {
                throw new IllegalArgumentException("one answer per standing: " + rows[action.ordinal()]);
            }
            answers.put(action, row);
        }
        return answers;
    }

    /** The answer a standing gets for an action at a door. */
    static Answer answer(Door door, Action action, Standing standing) {
        return ANSWERS.get(door).get(action).get(standing.ordinal());
    }
}
