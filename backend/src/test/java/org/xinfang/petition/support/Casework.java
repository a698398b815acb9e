package org.xinfang.petition.support;

import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.OFFICE_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import org.xinfang.petition.callback.CallingBack;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.dispatch.Triaging;
import org.xinfang.petition.dispatch.Triaging.DispatchRequest;
import org.xinfang.petition.dispatch.Triaging.RefusalDecision;
import org.xinfang.petition.dispatch.Triaging.TriageRequest;
import org.xinfang.petition.handling.Handling;
import org.xinfang.petition.intake.FileComplaintRequest;
import org.xinfang.petition.intake.FileComplaintRequest.ComplainantDetails;
import org.xinfang.petition.intake.FiledComplaint;
import org.xinfang.petition.intake.Intake;
import org.xinfang.petition.process.ComplaintProcess.TriageDecision;
import org.xinfang.petition.security.ActingAs;

/**
 * Works cases in-process through the services the API calls, each step as the demo login who does it, so that the
 * engine sees the same actor and groups as in a request. Unless told otherwise a case happens in 兴庆区 (640104),
 * so bureau-routing proposes 兴庆区分局 and its handler and leader do the bureau's work.
 */
public final class Casework {

    public static final String REPLY = "经调查核实，已对相关民警进行批评教育。";

    private final Intake intake;
    private final Triaging triaging;
    private final Handling handling;
    private final CallingBack callingBack;
    private final ActingAs actingAs;

    Casework(Intake intake, Triaging triaging, Handling handling, CallingBack callingBack, ActingAs actingAs) {
        this.intake = intake;
        this.triaging = triaging;
        this.handling = handling;
        this.callingBack = callingBack;
        this.actingAs = actingAs;
    }

    /** A citizen files a complaint online; returns its tracking number. */
    public String file(Category category, Urgency urgency, String region) {
        return fileForCitizen(category, urgency, region).trackingNumber();
    }

    /** A citizen files a complaint online; returns what the citizen gets: tracking number and query code. */
    public FiledComplaint fileForCitizen(Category category, Urgency urgency, String region) {
        return intake.file(new FileComplaintRequest(
                new ComplainantDetails("张伟", "11010519491231002X", "13812345678", "宁夏银川市兴庆区解放街1号"),
                category,
                urgency,
                region,
                Channel.WEB,
                "民警执法态度问题",
                "3月5日在派出所办理业务时民警态度恶劣。"));
    }

    public String file(Urgency urgency) {
        return file(Category.POLICE_CONDUCT, urgency, XINGQING_REGION);
    }

    public String file() {
        return file(Urgency.NORMAL);
    }

    public void triage(String number, TriageRequest request) {
        actingAs.run(CLERK, () -> triaging.triage(number, request));
    }

    public void accept(String number) {
        triage(number, new TriageRequest(TriageDecision.ACCEPT, null, null, null));
    }

    /** Not accepted: proposed by the clerk, approved by the office's leader (否定报备). */
    public void notAccept(String number, String reason) {
        triage(number, new TriageRequest(TriageDecision.NOT_ACCEPT, reason, null, null));
        approveRefusal(number);
    }

    /** Merged as a repeat: proposed by the clerk, approved by the office's leader (否定报备). */
    public void merge(String number, String originalNumber) {
        triage(number, new TriageRequest(TriageDecision.MERGE, null, null, originalNumber));
        approveRefusal(number);
    }

    public void approveRefusal(String number) {
        actingAs.run(OFFICE_LEADER, () -> triaging.decideRefusal(number, new RefusalDecision(true, null)));
    }

    /** Dispatches to a bureau; {@code null} takes the one bureau-routing proposed. */
    public void dispatch(String number, String bureau) {
        actingAs.run(CLERK, () -> triaging.dispatch(number, new DispatchRequest(bureau, null)));
    }

    public void signFor(String number, String login) {
        actingAs.run(login, () -> handling.signFor(number, null));
    }

    public void returnCase(String number, String login, String reason) {
        actingAs.run(login, () -> handling.returnCase(number, reason, null));
    }

    public void reply(String number, String login, String text) {
        actingAs.run(login, () -> handling.reply(number, text));
    }

    public void reviewReply(String number, String leader, Boolean approved, String comment) {
        actingAs.run(leader, () -> handling.reviewReply(number, approved, comment));
    }

    public void callback(String number, CallbackResult result) {
        actingAs.run(CLERK, () -> callingBack.callback(number, result, null));
    }

    public void review(String number, String conclusion) {
        actingAs.run(INSPECTOR, () -> callingBack.review(number, conclusion, null));
    }

    // The usual way to each stage, at 兴庆区分局: each step continues a case the previous one brought there.

    public String dispatched(String number) {
        accept(number);
        dispatch(number, null);
        return number;
    }

    public String signedFor(String number) {
        dispatched(number);
        signFor(number, XINGQING_HANDLER);
        return number;
    }

    public String replyAwaitingApproval(String number) {
        signedFor(number);
        reply(number, XINGQING_HANDLER, REPLY);
        return number;
    }

    public String awaitingCallback(String number) {
        replyAwaitingApproval(number);
        reviewReply(number, XINGQING_LEADER, true, null);
        return number;
    }

    /** A case handled once more after the complainant's first unsatisfied callback, back at the callback. */
    public String repliedAgain(String number) {
        reply(number, XINGQING_HANDLER, REPLY);
        reviewReply(number, XINGQING_LEADER, true, null);
        return number;
    }
}
