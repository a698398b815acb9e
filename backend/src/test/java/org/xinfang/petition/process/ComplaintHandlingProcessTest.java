package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.complaint.CaseEventType.ACCEPTED;
import static org.xinfang.petition.complaint.CaseEventType.CALLBACK_RECORDED;
import static org.xinfang.petition.complaint.CaseEventType.DISPATCHED;
import static org.xinfang.petition.complaint.CaseEventType.HANDLING_OVERDUE;
import static org.xinfang.petition.complaint.CaseEventType.HANDLING_WARNING;
import static org.xinfang.petition.complaint.CaseEventType.MERGED_AS_REPEAT;
import static org.xinfang.petition.complaint.CaseEventType.NOT_ACCEPTED;
import static org.xinfang.petition.complaint.CaseEventType.REFUSAL_PROPOSED;
import static org.xinfang.petition.complaint.CaseEventType.REGISTERED;
import static org.xinfang.petition.complaint.CaseEventType.REOPENED;
import static org.xinfang.petition.complaint.CaseEventType.REPEAT_LINKED;
import static org.xinfang.petition.complaint.CaseEventType.REPLIED;
import static org.xinfang.petition.complaint.CaseEventType.REPLY_APPROVED;
import static org.xinfang.petition.complaint.CaseEventType.REPLY_DRAFTED;
import static org.xinfang.petition.complaint.CaseEventType.REPLY_REJECTED;
import static org.xinfang.petition.complaint.CaseEventType.RETURNED;
import static org.xinfang.petition.complaint.CaseEventType.REVIEWED;
import static org.xinfang.petition.complaint.CaseEventType.SIGNED_FOR;
import static org.xinfang.petition.complaint.CaseEventType.SIGN_FOR_OVERDUE;
import static org.xinfang.petition.complaint.CaseEventType.SIGN_FOR_WARNING;
import static org.xinfang.petition.complaint.CaseEventType.SUPERVISION_STARTED;
import static org.xinfang.petition.support.Logins.JINFENG;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.PETITION_OFFICE;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XIXIA;
import static org.xinfang.petition.support.Logins.XIXIA_HANDLER;
import static org.xinfang.petition.support.Logins.YINCHUAN;
import static org.xinfang.petition.support.Logins.YINCHUAN_HANDLER;
import static org.xinfang.petition.support.Refusals.assertInvalid;
import static org.xinfang.petition.support.Refusals.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.complaint.Reply;
import org.xinfang.petition.complaint.TimelineActors;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.process.ComplaintProcess.Activity;
import org.xinfang.petition.process.ComplaintProcess.Boundary;
import org.xinfang.petition.process.ComplaintProcess.End;
import org.xinfang.petition.process.ComplaintProcess.ReturnPath;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.CaseRecords;
import org.xinfang.petition.support.CaseRecords.CaseRecord;
import org.xinfang.petition.support.Casework;
import org.xinfang.petition.support.EngineTime;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.PinnedClock;
import org.xinfang.petition.support.ProcessRoute;
import org.xinfang.petition.support.ProcessRoutes;

/**
 * Every path through {@code complaint-handling}: the route the engine took, the case as our tables hold it, and
 * its timeline. The clock stands still at {@link #START} unless a test moves it, so every date is exact; limits
 * count on the working-day calendar (docs/deadlines.md), so the expected dates are written out.
 */
@PetitionTest
class ComplaintHandlingProcessTest {

    /** Monday 2 March 2026, 09:00 in Beijing: a working day in a year whose holiday schedule is loaded. */
    static final Instant START = beijing("2026-03-02T09:00");

    // The model's activities, by their ids in complaint-handling.bpmn.
    static final String TRIAGE = Stage.TRIAGE.taskKey();
    static final String PROPOSE_BUREAU = Activity.PROPOSE_BUREAU;
    static final String DISPATCH = Stage.DISPATCH.taskKey();
    static final String START_SIGN_FOR_CLOCK = Activity.START_SIGN_FOR_CLOCK;
    static final String SIGN_FOR = Stage.SIGN_FOR.taskKey();
    static final String START_HANDLING_CLOCK = Activity.START_HANDLING_CLOCK;
    static final String HANDLING = Activity.HANDLING;
    static final String HANDLE_AND_REPLY = Stage.HANDLING.taskKey();
    static final String APPROVE_REPLY = Stage.REPLY_APPROVAL.taskKey();
    static final String REPLY_APPROVED_END = End.REPLY_APPROVED;
    static final String SEND_REPLY = Activity.SEND_REPLY;
    static final String CALLBACK = Stage.CALLBACK.taskKey();
    static final String REOPEN = Activity.REOPEN;
    static final String INSPECTOR_REVIEW = Stage.INSPECTOR_REVIEW.taskKey();
    static final String CLOSED = End.CLOSED;
    static final String NOT_ACCEPTED_END = End.NOT_ACCEPTED;
    static final String MERGED_END = End.MERGED;
    static final String SIGN_FOR_WARNING_TIMER = Boundary.SIGN_FOR_WARNING;
    static final String SIGN_FOR_OVERDUE_TIMER = Boundary.SIGN_FOR_OVERDUE;
    static final String RECORD_SIGN_FOR_WARNING = Activity.RECORD_SIGN_FOR_WARNING;
    static final String RECORD_SIGN_FOR_OVERDUE = Activity.RECORD_SIGN_FOR_OVERDUE;
    static final String HANDLING_WARNING_TIMER = Boundary.HANDLING_WARNING;
    static final String HANDLING_OVERDUE_TIMER = Boundary.HANDLING_OVERDUE;
    static final String RECORD_HANDLING_WARNING = Activity.RECORD_HANDLING_WARNING;
    static final String RECORD_HANDLING_OVERDUE = Activity.RECORD_HANDLING_OVERDUE;

    static final String REASON = "不属于公安机关职权范围，请向市场监管部门反映。";
    static final String CONCLUSION = "经复核，答复事实清楚，处理适当。";

    @Autowired
    Casework casework;

    @Autowired
    CaseRecords records;

    @Autowired
    ProcessRoutes routes;

    @Autowired
    EngineTime time;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @LocalServerPort
    int port;

    @BeforeEach
    void stopTheClock() {
        time.stopAt(START);
    }

    @AfterEach
    void resetTheClock() {
        time.reset();
    }

    ProcessRoute route(String number) {
        return routes.of(number);
    }

    CaseRecord record(String number) {
        return records.of(number);
    }

    Object variable(String number, String name) {
        return runtime.getVariable(route(number).processInstanceId(), name);
    }

    List<String> candidateGroups(String number, String taskKey) {
        return tasks.getIdentityLinksForTask(route(number).openTask(taskKey).getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    Instant dueDateOf(String number, String taskKey) {
        return route(number).openTask(taskKey).getDueDate().toInstant();
    }

    @Nested
    class Triage {

        @Test
        void notAcceptingWithoutAReasonIsRefused() {
            String number = casework.file();

            assertInvalid(() -> casework.notAccept(number, null), "reason", "constraint.required-for-decision");
            assertInvalid(() -> casework.notAccept(number, "  "), "reason", "constraint.required-for-decision");

            route(number).isWaitingAt(TRIAGE);
            assertThat(record(number).status()).isEqualTo(ComplaintStatus.PENDING_TRIAGE);
            assertThat(record(number).eventTypes()).containsExactly(REGISTERED);
        }

        @Test
        void notAcceptedCaseEndsWithTheReasonAsItsPublicNote() {
            String number = casework.file();

            casework.notAccept(number, REASON);

            route(number).isEndedAt(NOT_ACCEPTED_END).hasNotPassed(PROPOSE_BUREAU, DISPATCH, MERGED_END, CLOSED);
            CaseRecord record = record(number);
            assertThat(record.status()).isEqualTo(ComplaintStatus.NOT_ACCEPTED);
            assertThat(record.closedAt()).isEqualTo(START);
            assertThat(record.eventTypes()).containsExactly(REGISTERED, REFUSAL_PROPOSED, NOT_ACCEPTED);
            assertThat(record.last(NOT_ACCEPTED).getPublicNote())
                    .as("the reason, then the way to object")
                    .startsWith(REASON + "\n")
                    .contains("30日内");
        }

        @Test
        void repeatIsMergedIntoTheOpenOriginal() {
            String original = casework.dispatched(casework.file());
            String repeat = casework.file();

            casework.merge(repeat, original);

            route(repeat).isEndedAt(MERGED_END).hasNotPassed(PROPOSE_BUREAU, NOT_ACCEPTED_END, CLOSED);
            CaseRecord merged = record(repeat);
            assertThat(merged.status()).isEqualTo(ComplaintStatus.MERGED);
            assertThat(merged.closedAt()).isEqualTo(START);
            assertThat(merged.repeatOf()).isEqualTo(original);
            assertThat(merged.eventTypes()).containsExactly(REGISTERED, REFUSAL_PROPOSED, MERGED_AS_REPEAT);
            assertThat(merged.last(MERGED_AS_REPEAT).getPublicNote()).contains(original);

            route(original).isWaitingAt(SIGN_FOR);
            CaseRecord stillOpen = record(original);
            assertThat(stillOpen.status()).isEqualTo(ComplaintStatus.PENDING_SIGN_FOR);
            assertThat(stillOpen.eventTypes()).containsExactly(REGISTERED, ACCEPTED, DISPATCHED, REPEAT_LINKED);
            assertThat(stillOpen.last(REPEAT_LINKED).getComment()).isEqualTo(repeat);
        }

        @Test
        void repeatCannotBeMergedIntoItselfAnUnknownOrAClosedCase() {
            String closed = casework.file();
            casework.notAccept(closed, REASON);
            String repeat = casework.file();

            String field = "originalTrackingNumber";
            assertInvalid(() -> casework.merge(repeat, null), field, "constraint.required-for-decision");
            assertInvalid(() -> casework.merge(repeat, repeat), field, "case.merge-into-self");
            assertInvalid(() -> casework.merge(repeat, "XF20260302-640104-ZZZZZZ"), field, "constraint.unknown-case");
            assertInvalid(() -> casework.merge(repeat, closed), field, "case.merge-original-closed");

            route(repeat).isWaitingAt(TRIAGE);
            CaseRecord record = record(repeat);
            assertThat(record.status()).isEqualTo(ComplaintStatus.PENDING_TRIAGE);
            assertThat(record.repeatOf()).isNull();
            assertThat(record.eventTypes()).containsExactly(REGISTERED);
        }
    }

    @Nested
    class Dispatch {

        @Test
        void clerkMayOverrideTheProposedBureauAndOnlyThatBureauMaySignFor() {
            String number = casework.file();
            casework.accept(number);
            assertThat(variable(number, Var.PROPOSED_BUREAU)).isEqualTo(XINGQING);

            casework.dispatch(number, JINFENG);

            route(number).isWaitingAt(SIGN_FOR).hasPassed(PROPOSE_BUREAU, DISPATCH, START_SIGN_FOR_CLOCK);
            assertThat(variable(number, Var.BUREAU)).isEqualTo(JINFENG);
            assertThat(candidateGroups(number, SIGN_FOR))
                    .containsExactlyInAnyOrder("handler@" + JINFENG, "bureau-leader@" + JINFENG);
            // another bureau does not see the case at all: it answers as an unknown one
            assertRefused(() -> casework.signFor(number, XINGQING_HANDLER), HttpStatus.NOT_FOUND, "case.not-found");

            casework.signFor(number, JINFENG_HANDLER);

            route(number).isWaitingAt(HANDLE_AND_REPLY);
            assertThat(candidateGroups(number, HANDLE_AND_REPLY))
                    .containsExactlyInAnyOrder("handler@" + JINFENG, "bureau-leader@" + JINFENG);
            CaseRecord record = record(number);
            assertThat(record.bureau()).isEqualTo(JINFENG);
            assertThat(record.last(DISPATCHED).getComment()).contains("chosen " + JINFENG);
        }

        @Test
        void dispatchToAUnitThatIsNoBureauOrToAnUnknownUnitIsRefused() {
            String number = casework.file();
            casework.accept(number);

            assertInvalid(() -> casework.dispatch(number, PETITION_OFFICE), "bureau", "constraint.not-a-bureau");
            assertInvalid(() -> casework.dispatch(number, "psb-999999"), "bureau", "constraint.unknown-unit");

            route(number).isWaitingAt(DISPATCH).hasNotPassed(START_SIGN_FOR_CLOCK);
            CaseRecord record = record(number);
            assertThat(record.status()).isEqualTo(ComplaintStatus.PENDING_DISPATCH);
            assertThat(record.dispatchCount()).isZero();
            assertThat(record.bureau()).isNull();
        }
    }

    @Nested
    class SignFor {

        @Test
        void returningWithoutAReasonIsRefused() {
            String number = casework.dispatched(casework.file());

            assertInvalid(
                    () -> casework.returnCase(number, XINGQING_HANDLER, null),
                    "reason",
                    "constraint.required-for-decision");

            route(number).isWaitingAt(SIGN_FOR);
            assertThat(record(number).bureau()).isEqualTo(XINGQING);
        }

        @Test
        void misroutedCaseGoesBackToTriageAndIsDispatchedAgain() {
            String number = casework.dispatched(casework.file());

            casework.returnCase(number, XINGQING_HANDLER, "事发地属金凤区");

            route(number)
                    .isWaitingAt(TRIAGE)
                    .hasPassed(SIGN_FOR)
                    .hasPassed(TRIAGE, 1)
                    .hasNotPassed(START_HANDLING_CLOCK);
            CaseRecord returned = record(number);
            assertThat(returned.status()).isEqualTo(ComplaintStatus.PENDING_TRIAGE);
            assertThat(returned.bureau()).isNull();
            assertThat(returned.dueAt()).isNull();
            assertThat(returned.last(RETURNED).getComment()).contains("事发地属金凤区");
            assertThat(time.timers(number))
                    .as("the sign-for clock stopped, the triage clock runs again")
                    .containsOnlyKeys(Boundary.TRIAGE_WARNING, Boundary.TRIAGE_OVERDUE);

            casework.accept(number);
            casework.dispatch(number, JINFENG);

            route(number)
                    .isWaitingAt(SIGN_FOR)
                    .hasPassed(TRIAGE, 2)
                    .hasPassed(PROPOSE_BUREAU, 2)
                    .hasPassed(DISPATCH, 2);
            CaseRecord redispatched = record(number);
            assertThat(redispatched.dispatchCount()).isEqualTo(2);
            assertThat(redispatched.designated()).isFalse();
            assertThat(redispatched.bureau()).isEqualTo(JINFENG);
            assertThat(redispatched.status()).isEqualTo(ComplaintStatus.PENDING_SIGN_FOR);
            assertThat(redispatched.eventTypes())
                    .containsExactly(REGISTERED, ACCEPTED, DISPATCHED, RETURNED, ACCEPTED, DISPATCHED);
        }

        @Test
        void fourthDispatchAfterThreeReturnsDesignatesTheBureauWhichMaySignForButNotReturn() {
            String number = designatedToYinchuan();

            CaseRecord designated = record(number);
            assertThat(designated.dispatchCount()).isEqualTo(4);
            assertThat(designated.designated()).isTrue();
            assertThat(designated.last(DISPATCHED).getPublicNote()).contains("designated");
            new Api(port)
                    .as(YINCHUAN_HANDLER)
                    .body(Map.of("reason", "非本单位管辖"))
                    .post("/complaints/{number}/return", number)
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("case.designated-no-return"));
            route(number).isWaitingAt(SIGN_FOR);

            casework.signFor(number, YINCHUAN_HANDLER);

            route(number).isWaitingAt(HANDLE_AND_REPLY).hasPassed(SIGN_FOR, 4).hasPassed(TRIAGE, 4);
            assertThat(record(number).status()).isEqualTo(ComplaintStatus.IN_HANDLING);
        }

        @Test
        void aReturnUpToTheLastMomentOfTheWindowPassesTheReturnGatewayToTriage() {
            String number = casework.dispatched(casework.file());
            // 5 working days from Monday 03-02 09:00: the window closes at the end of Monday 03-09
            time.stopAt(beijing("2026-03-09T23:59:59"));

            casework.returnCase(number, XINGQING_HANDLER, "事发地属金凤区");

            route(number)
                    .isWaitingAt(TRIAGE)
                    .hasPassed(ReturnPath.MAY_RETURN)
                    .hasNotPassed(ReturnPath.REFUSE_AFTER_WINDOW, ReturnPath.REFUSE_AFTER_DESIGNATION);
            assertThat(record(number).status()).isEqualTo(ComplaintStatus.PENDING_TRIAGE);
        }

        @Test
        void aReturnOnceTheWindowClosedTakesTheRefusingPathAndTheCaseStaysAtSignFor() {
            String number = casework.dispatched(casework.file());
            time.stopAt(beijing("2026-03-10T00:00"));

            assertRefused(
                    () -> casework.returnCase(number, XINGQING_HANDLER, "事发地属金凤区"),
                    HttpStatus.CONFLICT,
                    "case.return-window-passed");

            route(number)
                    .isWaitingAt(SIGN_FOR)
                    .hasNotPassed(ReturnPath.MAY_RETURN)
                    .hasPassed(TRIAGE, 1);
            CaseRecord kept = record(number);
            assertThat(kept.status()).isEqualTo(ComplaintStatus.PENDING_SIGN_FOR);
            assertThat(kept.bureau()).isEqualTo(XINGQING);
            assertThat(kept.eventTypes()).doesNotContain(RETURNED);
        }

        @Test
        void aReturnOfADesignatedCaseTakesTheRefusingPathEvenWithinTheWindow() {
            String number = designatedToYinchuan();

            assertRefused(
                    () -> casework.returnCase(number, YINCHUAN_HANDLER, "非本单位管辖"),
                    HttpStatus.CONFLICT,
                    "case.designated-no-return");

            route(number)
                    .isWaitingAt(SIGN_FOR)
                    .hasPassed(ReturnPath.MAY_RETURN, 3)
                    .hasPassed(TRIAGE, 4);
            CaseRecord kept = record(number);
            assertThat(kept.bureau()).isEqualTo(YINCHUAN);
            assertThat(kept.eventTypes()).filteredOn(RETURNED::equals).hasSize(3);
        }

        /** Returned by three bureaus, then dispatched a fourth time: designated to 银川市公安局. */
        String designatedToYinchuan() {
            String number = casework.file();
            dispatchAndReturn(number, XINGQING, XINGQING_HANDLER);
            dispatchAndReturn(number, JINFENG, JINFENG_HANDLER);
            dispatchAndReturn(number, XIXIA, XIXIA_HANDLER);
            casework.accept(number);
            casework.dispatch(number, YINCHUAN);
            return number;
        }

        void dispatchAndReturn(String number, String bureau, String handler) {
            casework.accept(number);
            casework.dispatch(number, bureau);
            casework.returnCase(number, handler, "非本单位管辖");
        }
    }

    @Nested
    class HandlingAndReply {

        @Test
        void onlyTheLeaderDecidesOnTheReplyAndRejectingItNeedsAComment() {
            String number = casework.replyAwaitingApproval(casework.file());

            assertRefused(
                    () -> casework.reviewReply(number, XINGQING_HANDLER, true, null),
                    HttpStatus.FORBIDDEN,
                    "case.not-candidate");
            assertInvalid(
                    () -> casework.reviewReply(number, XINGQING_LEADER, null, null), "approved", "constraint.NotNull");
            assertInvalid(
                    () -> casework.reviewReply(number, XINGQING_LEADER, false, null),
                    "comment",
                    "constraint.required-for-decision");

            route(number).isWaitingAt(APPROVE_REPLY);
            assertThat(record(number).status()).isEqualTo(ComplaintStatus.PENDING_APPROVAL);
            assertThat(record(number).replyStatuses()).containsExactly(Reply.Status.PENDING_APPROVAL);
        }

        @Test
        void rejectedReplyGoesBackToTheHandlerAndTheNewReplyIsSentOnceApproved() {
            String number = casework.replyAwaitingApproval(casework.file());

            casework.reviewReply(number, XINGQING_LEADER, false, "请补充调查经过");

            route(number)
                    .isWaitingAt(HANDLE_AND_REPLY)
                    .hasPassed(HANDLE_AND_REPLY, 1)
                    .hasNotPassed(SEND_REPLY);
            assertThat(record(number).status()).isEqualTo(ComplaintStatus.IN_HANDLING);
            assertThat(record(number).last(REPLY_REJECTED).getComment()).isEqualTo("请补充调查经过");

            casework.reply(number, XINGQING_HANDLER, "经补充调查，已对相关民警进行批评教育并向您致歉。");
            casework.reviewReply(number, XINGQING_LEADER, true, null);

            route(number)
                    .isWaitingAt(CALLBACK)
                    .hasPassed(HANDLE_AND_REPLY, 2)
                    .hasPassed(APPROVE_REPLY, 2)
                    .hasPassed(SEND_REPLY, 1)
                    .hasPassed(HANDLING, 1);
            CaseRecord record = record(number);
            assertThat(record.status()).isEqualTo(ComplaintStatus.PENDING_CALLBACK);
            assertThat(record.replyStatuses()).containsExactly(Reply.Status.REJECTED, Reply.Status.SENT);
            assertThat(record.last(REPLIED).getPublicNote()).startsWith("经补充调查");
            assertThat(record.timeline().stream()
                            .filter(event -> event.getType() == REPLY_DRAFTED)
                            .map(event -> event.getComment()))
                    .as("the drafts named by their place in the case, not by their database id")
                    .containsExactly("reply #1", "reply #2");
            assertThat(record.last(REPLIED).getComment()).isEqualTo("reply #2");
            assertThat(record.eventTypes())
                    .containsExactly(
                            REGISTERED,
                            ACCEPTED,
                            DISPATCHED,
                            SIGNED_FOR,
                            REPLY_DRAFTED,
                            REPLY_REJECTED,
                            REPLY_DRAFTED,
                            REPLY_APPROVED,
                            REPLIED);
        }
    }

    @Nested
    class Callback {

        @ParameterizedTest
        @EnumSource(names = {"SATISFIED", "BASICALLY_SATISFIED"})
        void satisfiedCallbackClosesTheCase(CallbackResult result) {
            String number = casework.awaitingCallback(casework.file());

            casework.callback(number, result);

            route(number)
                    .isEndedAt(CLOSED)
                    .hasPassed(
                            TRIAGE,
                            PROPOSE_BUREAU,
                            DISPATCH,
                            START_SIGN_FOR_CLOCK,
                            SIGN_FOR,
                            START_HANDLING_CLOCK,
                            HANDLING,
                            HANDLE_AND_REPLY,
                            APPROVE_REPLY,
                            REPLY_APPROVED_END,
                            SEND_REPLY,
                            CALLBACK)
                    .hasNotPassed(
                            NOT_ACCEPTED_END,
                            MERGED_END,
                            REOPEN,
                            INSPECTOR_REVIEW,
                            RECORD_SIGN_FOR_WARNING,
                            RECORD_SIGN_FOR_OVERDUE,
                            RECORD_HANDLING_WARNING,
                            RECORD_HANDLING_OVERDUE);
            CaseRecord record = record(number);
            assertThat(record.status()).isEqualTo(ComplaintStatus.CLOSED);
            assertThat(record.closedAt()).isEqualTo(START);
            assertThat(record.dueAt()).isNull();
            assertThat(record.eventTypes())
                    .containsExactly(
                            REGISTERED,
                            ACCEPTED,
                            DISPATCHED,
                            SIGNED_FOR,
                            REPLY_DRAFTED,
                            REPLY_APPROVED,
                            REPLIED,
                            CALLBACK_RECORDED);
            assertThat(record.replyStatuses()).containsExactly(Reply.Status.SENT);
        }

        @Test
        void unsatisfiedCallbackReopensHandlingOnceAtTheSameBureauWithAFreshDeadline() {
            String number = casework.awaitingCallback(casework.file());
            Instant reopenedAt = time.advance(Duration.ofDays(3));

            casework.callback(number, CallbackResult.UNSATISFIED);

            route(number)
                    .isWaitingAt(HANDLE_AND_REPLY)
                    .hasPassed(REOPEN, 1)
                    .hasPassed(START_HANDLING_CLOCK, 2)
                    .hasNotPassed(INSPECTOR_REVIEW, CLOSED);
            assertThat(variable(number, Var.REOPEN_COUNT)).isEqualTo(1);
            assertThat(candidateGroups(number, HANDLE_AND_REPLY))
                    .containsExactlyInAnyOrder("handler@" + XINGQING, "bureau-leader@" + XINGQING);
            // 60 days from Thursday 03-05 end on 05-04, in the Labour Day holiday: the limit runs to the end of 05-06
            assertThat(reopenedAt).isEqualTo(beijing("2026-03-05T09:00"));
            Instant freshDue = beijing("2026-05-07T00:00");
            assertThat(dueDateOf(number, HANDLE_AND_REPLY)).isEqualTo(freshDue);
            assertThat(time.timers(number))
                    .containsExactly(
                            entry(HANDLING_WARNING_TIMER, beijing("2026-05-06T00:00")),
                            entry(HANDLING_OVERDUE_TIMER, freshDue));
            CaseRecord record = record(number);
            assertThat(record.status()).isEqualTo(ComplaintStatus.IN_HANDLING);
            assertThat(record.reopenCount()).isEqualTo(1);
            assertThat(record.bureau()).isEqualTo(XINGQING);
            assertThat(record.dueAt()).isEqualTo(freshDue);
            assertThat(record.eventTypes()).endsWith(CALLBACK_RECORDED, REOPENED);
        }

        @Test
        void secondUnsatisfiedCallbackGoesToAnInspectorWhoseConclusionClosesTheCase() {
            String number = casework.awaitingCallback(casework.file());
            casework.callback(number, CallbackResult.UNSATISFIED);
            casework.repliedAgain(number);

            casework.callback(number, CallbackResult.UNSATISFIED);

            route(number).isWaitingAt(INSPECTOR_REVIEW).hasPassed(REOPEN, 1).hasPassed(CALLBACK, 2);
            assertThat(record(number).status()).isEqualTo(ComplaintStatus.UNDER_REVIEW);
            assertInvalid(() -> casework.review(number, null), "conclusion", "constraint.required-for-decision");
            route(number).isWaitingAt(INSPECTOR_REVIEW);

            casework.review(number, CONCLUSION);

            route(number)
                    .isEndedAt(CLOSED)
                    .hasPassed(INSPECTOR_REVIEW, 1)
                    .hasPassed(REOPEN, 1)
                    .hasPassed(SEND_REPLY, 2);
            CaseRecord record = record(number);
            assertThat(record.status()).isEqualTo(ComplaintStatus.CLOSED);
            assertThat(record.closedAt()).isEqualTo(START);
            assertThat(record.reopenCount()).isEqualTo(1);
            assertThat(record.last(REVIEWED).getPublicNote()).isEqualTo(CONCLUSION);
            assertThat(record.eventTypes())
                    .endsWith(
                            CALLBACK_RECORDED,
                            REOPENED,
                            REPLY_DRAFTED,
                            REPLY_APPROVED,
                            REPLIED,
                            CALLBACK_RECORDED,
                            REVIEWED);
        }
    }

    @Nested
    class TimeLimits {

        /**
         * What time-limits says, counted on the calendar from Monday 03-02: triage and dispatch 15 days, sign-for one
         * working day (urgent: 30 minutes), handling 60 days (urgent: 15 days), callback 5 working days, review 30
         * days. 60 days from 03-02 end on 05-01, a Labour Day holiday, so the limit runs to the end of 05-06.
         */
        @ParameterizedTest
        @CsvSource({"NORMAL, 2026-03-04T00:00, 2026-05-07T00:00", "URGENT, , 2026-03-18T00:00"})
        void everyTaskIsDueWhenTimeLimitsSaysAndTheCaseWhenItsRunningLimitIs(
                Urgency urgency, String signForDueAt, String handlingDueAt) {
            String number = casework.file(urgency);
            assertThat(dueDateOf(number, TRIAGE)).isEqualTo(beijing("2026-03-18T00:00"));

            time.advance(Duration.ofMinutes(5));
            casework.accept(number);
            assertThat(dueDateOf(number, DISPATCH)).isEqualTo(beijing("2026-03-18T00:00"));

            Instant dispatchedAt = time.advance(Duration.ofMinutes(5));
            casework.dispatch(number, null);
            Instant signForDue =
                    signForDueAt == null ? dispatchedAt.plus(Duration.ofMinutes(30)) : beijing(signForDueAt);
            assertThat(dueDateOf(number, SIGN_FOR)).isEqualTo(signForDue);
            assertThat(record(number).dueAt()).isEqualTo(signForDue);

            time.advance(Duration.ofMinutes(5));
            casework.signFor(number, XINGQING_HANDLER);
            Instant handlingDue = beijing(handlingDueAt);
            assertThat(dueDateOf(number, HANDLE_AND_REPLY)).isEqualTo(handlingDue);
            assertThat(record(number).dueAt()).isEqualTo(handlingDue);

            time.advance(Duration.ofDays(1));
            casework.reply(number, XINGQING_HANDLER, Casework.REPLY);
            assertThat(dueDateOf(number, APPROVE_REPLY))
                    .as("the approval runs on the handling limit")
                    .isEqualTo(handlingDue);

            time.advance(Duration.ofMinutes(5));
            casework.reviewReply(number, XINGQING_LEADER, true, null);
            assertThat(dueDateOf(number, CALLBACK))
                    .as("5 working days from Tuesday 03-03")
                    .isEqualTo(beijing("2026-03-11T00:00"));
            assertThat(record(number).dueAt()).as("the reply stops the clock").isNull();

            casework.callback(number, CallbackResult.UNSATISFIED);
            casework.repliedAgain(number);
            time.advance(Duration.ofMinutes(5));
            casework.callback(number, CallbackResult.UNSATISFIED);
            assertThat(dueDateOf(number, INSPECTOR_REVIEW))
                    .as("30 days from 03-03")
                    .isEqualTo(beijing("2026-04-03T00:00"));
        }

        /** One working day from Monday 09:00 runs to the end of Tuesday; warned 4 office hours before: Tue 11:30. */
        @ParameterizedTest
        @CsvSource({"NORMAL, 2026-03-03T11:30, 2026-03-04T00:00", "URGENT, 2026-03-02T09:20, 2026-03-02T09:30"})
        void signForWarningAndOverdueAreRecordedWhileTheTaskWaits(Urgency urgency, String warningAt, String dueAt) {
            String number = casework.dispatched(casework.file(urgency));
            Instant warning = beijing(warningAt);
            Instant due = beijing(dueAt);
            assertThat(time.timers(number))
                    .containsExactly(entry(SIGN_FOR_WARNING_TIMER, warning), entry(SIGN_FOR_OVERDUE_TIMER, due));

            time.stopAt(warning.minusSeconds(1));
            assertThat(time.fireDueTimers(number)).isEmpty();
            time.stopAt(warning);
            assertThat(time.fireDueTimers(number)).containsExactly(SIGN_FOR_WARNING_TIMER);

            route(number)
                    .isWaitingAt(SIGN_FOR)
                    .hasPassed(RECORD_SIGN_FOR_WARNING, End.SIGN_FOR_WARNED)
                    .hasNotPassed(RECORD_SIGN_FOR_OVERDUE);
            assertThat(record(number).eventTypes()).endsWith(DISPATCHED, SIGN_FOR_WARNING);
            assertThat(record(number).last(SIGN_FOR_WARNING).getActor()).isEqualTo(TimelineActors.SYSTEM);

            time.stopAt(due);
            assertThat(time.fireDueTimers(number)).containsExactly(SIGN_FOR_OVERDUE_TIMER);

            route(number).isWaitingAt(SIGN_FOR).hasPassed(RECORD_SIGN_FOR_OVERDUE, End.SIGN_FOR_OVERDUE);
            CaseRecord overdue = record(number);
            assertThat(overdue.status()).isEqualTo(ComplaintStatus.PENDING_SIGN_FOR);
            assertThat(overdue.eventTypes())
                    .as("an overdue case goes under supervision")
                    .endsWith(DISPATCHED, SIGN_FOR_WARNING, SIGN_FOR_OVERDUE, SUPERVISION_STARTED);
            assertThat(time.timers(number)).isEmpty();

            casework.signFor(number, XINGQING_HANDLER);
            route(number).isWaitingAt(HANDLE_AND_REPLY);
        }

        /** Warned one working day before the limit: at 00:00 of its last day. */
        @ParameterizedTest
        @CsvSource({"NORMAL, 2026-05-06T00:00, 2026-05-07T00:00", "URGENT, 2026-03-17T00:00, 2026-03-18T00:00"})
        void handlingWarningAndOverdueAreRecordedWhileTheBureauWorks(Urgency urgency, String warningAt, String dueAt) {
            String number = casework.signedFor(casework.file(urgency));
            Instant warning = beijing(warningAt);
            Instant due = beijing(dueAt);
            assertThat(time.timers(number))
                    .containsExactly(entry(HANDLING_WARNING_TIMER, warning), entry(HANDLING_OVERDUE_TIMER, due));

            time.stopAt(warning);
            assertThat(time.fireDueTimers(number)).containsExactly(HANDLING_WARNING_TIMER);

            route(number)
                    .isWaitingAt(HANDLE_AND_REPLY)
                    .hasPassed(RECORD_HANDLING_WARNING, End.HANDLING_WARNED)
                    .hasNotPassed(RECORD_HANDLING_OVERDUE);
            assertThat(record(number).eventTypes()).endsWith(SIGNED_FOR, HANDLING_WARNING);

            casework.reply(number, XINGQING_HANDLER, Casework.REPLY);
            assertThat(time.timers(number))
                    .as("the limit covers the leader's approval too")
                    .containsOnlyKeys(HANDLING_OVERDUE_TIMER);
            time.stopAt(due);
            assertThat(time.fireDueTimers(number)).containsExactly(HANDLING_OVERDUE_TIMER);

            route(number).isWaitingAt(APPROVE_REPLY).hasPassed(RECORD_HANDLING_OVERDUE, End.HANDLING_OVERDUE);
            CaseRecord overdue = record(number);
            assertThat(overdue.status()).isEqualTo(ComplaintStatus.PENDING_APPROVAL);
            assertThat(overdue.eventTypes())
                    .as("an overdue case goes under supervision")
                    .endsWith(SIGNED_FOR, HANDLING_WARNING, REPLY_DRAFTED, HANDLING_OVERDUE, SUPERVISION_STARTED);

            casework.reviewReply(number, XINGQING_LEADER, true, null);
            route(number).isWaitingAt(CALLBACK);
        }

        @Test
        void eachStageHasOnlyItsOwnTimersAndNoneRemainOnceTheCaseIsClosed() {
            String number = casework.file();
            assertThat(time.timers(number)).containsOnlyKeys(Boundary.TRIAGE_WARNING, Boundary.TRIAGE_OVERDUE);

            casework.accept(number);
            assertThat(time.timers(number)).containsOnlyKeys(Boundary.DISPATCH_WARNING, Boundary.DISPATCH_OVERDUE);

            casework.dispatch(number, null);
            assertThat(time.timers(number)).containsOnlyKeys(SIGN_FOR_WARNING_TIMER, SIGN_FOR_OVERDUE_TIMER);

            casework.signFor(number, XINGQING_HANDLER);
            assertThat(time.timers(number)).containsOnlyKeys(HANDLING_WARNING_TIMER, HANDLING_OVERDUE_TIMER);

            casework.reply(number, XINGQING_HANDLER, Casework.REPLY);
            casework.reviewReply(number, XINGQING_LEADER, true, null);
            assertThat(time.timers(number)).containsOnlyKeys(Boundary.CALLBACK_WARNING, Boundary.CALLBACK_OVERDUE);

            casework.callback(number, CallbackResult.SATISFIED);
            route(number)
                    .isEndedAt(CLOSED)
                    .hasNotPassed(
                            Activity.RECORD_TRIAGE_WARNING,
                            Activity.RECORD_DISPATCH_WARNING,
                            RECORD_SIGN_FOR_WARNING,
                            RECORD_SIGN_FOR_OVERDUE,
                            RECORD_HANDLING_WARNING,
                            RECORD_HANDLING_OVERDUE,
                            Activity.RECORD_CALLBACK_WARNING);
        }
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PinnedClock.BEIJING).toInstant();
    }
}
