package org.xinfang.petition.complaint;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.OrgUnit;

/**
 * What other modules may change on a case record: each command changes a complaint, its replies or its callbacks
 * the way its name says, found by tracking number (from the transaction's persistence context when it holds the
 * case). Reading is {@link Cases}; the timeline is {@link CaseTimeline}.
 */
@Service
@Transactional
public class CaseRecords {

    private final Cases cases;
    private final ComplaintRepository complaints;
    private final ReplyRepository replies;
    private final CallbackRepository callbacks;
    private final CaseTimeline timeline;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    CaseRecords(
            Cases cases,
            ComplaintRepository complaints,
            ReplyRepository replies,
            CallbackRepository callbacks,
            CaseTimeline timeline,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.cases = cases;
        this.complaints = complaints;
        this.replies = replies;
        this.callbacks = callbacks;
        this.timeline = timeline;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** 登记: makes the case record of a filing, received now and waiting for triage. */
    public Complaint register(NewCase filing) {
        NewCase.Person person = filing.complainant();
        Complainant complainant = new Complainant(
                person.realName(),
                person.residentId(),
                person.phone(),
                person.address(),
                person.sex(),
                person.ageAtFiling());
        complainant.index(person.residentIdIndex(), person.phoneIndex());
        Complaint complaint = new Complaint(
                filing.trackingNumber(),
                filing.queryCodeHash(),
                complainant,
                filing.category(),
                filing.urgency(),
                filing.region(),
                filing.channel(),
                filing.subject(),
                filing.content(),
                filing.filedBy(),
                clock.instant());
        if (filing.confidential()) {
            complaint.keepConfidential();
        }
        complaint.complainAbout(filing.accusedUnit(), filing.accusedOfficer());
        return complaints.save(complaint);
    }

    /** The query code of this case, kept from now on in this (keyed) form. */
    public void rehashQueryCode(String trackingNumber, String queryCodeHash) {
        cases.get(trackingNumber).rehashQueryCode(queryCodeHash);
    }

    /**
     * The transaction's change depends on the case's state as it read it (no supervision running yet, say): a
     * simultaneous transaction that claims the same case loses at commit with a 409 instead of acting twice.
     */
    public void claimForChange(String trackingNumber) {
        complaints.claimForChange(cases.get(trackingNumber));
    }

    /**
     * The case's retention period is over: the complainant's personal data is erased, the rest kept for the
     * statistics, and every module told to erase its own ({@link ComplainantErased}). False, changing nothing, when
     * it was erased already.
     */
    public boolean eraseComplainant(String trackingNumber) {
        Complaint complaint = cases.get(trackingNumber);
        if (complaint.isAnonymised()) {
            return false;
        }
        complaint.anonymise(clock.instant());
        publisher.publishEvent(new ComplainantErased(complaint.getId(), trackingNumber));
        return true;
    }

    /** 并单: the repeat is merged into the open original. */
    public void mergeAsRepeat(String repeat, String original) {
        cases.get(repeat).mergeInto(cases.get(original));
    }

    /** 派单: the case goes to a bureau; a designating dispatch (指定办理) means the bureau may not return it. */
    public Complaint dispatch(String trackingNumber, OrgUnit bureau, boolean designating) {
        Complaint complaint = cases.get(trackingNumber);
        complaint.dispatchTo(bureau, designating);
        return complaint;
    }

    /** 退回: the bureau sends a misrouted case back to the petition office; no bureau holds it, no clock runs. */
    public void returnToOffice(String trackingNumber) {
        cases.get(trackingNumber).returnedByBureau();
    }

    /** 重办: an unsatisfied complainant's case goes back to the same bureau; returns how often it was reopened. */
    public int reopen(String trackingNumber) {
        Complaint complaint = cases.get(trackingNumber);
        complaint.reopen();
        return complaint.getReopenCount();
    }

    /** 首问负责: the clerk who owns the case in the petition office from now on. */
    public void assignOwner(String trackingNumber, String clerk) {
        cases.get(trackingNumber).ownedBy(clerk);
    }

    /** 复查 / 复核: the higher body that reviews the case's handling from now on. */
    public void assignReviewBody(String trackingNumber, OrgUnit body) {
        cases.get(trackingNumber).reviewedBy(body);
    }

    /** The moment the running stage of the case is due. */
    public void recordDue(String trackingNumber, Instant due) {
        cases.get(trackingNumber).setDueAt(due);
    }

    /** No stage's clock runs on the case any more. */
    public void clearDue(String trackingNumber) {
        recordDue(trackingNumber, null);
    }

    /** The handler's reply, drafted now by the current user for the bureau that holds the case. */
    public Reply draftReply(String trackingNumber, String text) {
        Complaint complaint = cases.get(trackingNumber);
        return replies.save(new Reply(
                complaint.getId(),
                complaint.getCurrentBureau().getCode(),
                text,
                timeline.currentActor(),
                clock.instant()));
    }

    /** Which of its case's replies this is, from 1: what the staff timeline names it by, never its database id. */
    public long ordinalOf(Reply reply) {
        return replies.countByComplaintIdAndIdLessThanEqual(reply.getComplaintId(), reply.getId());
    }

    /** The bureau leader (the current user) approves the reply that awaits approval ({@link ReplyReviewed}). */
    public Reply approveReply(String trackingNumber, String comment) {
        Reply reply = latestReply(trackingNumber, Reply.Status.PENDING_APPROVAL);
        reply.approve(timeline.currentActor(), clock.instant(), comment);
        publisher.publishEvent(new ReplyReviewed(reply.getComplaintId(), reply.getId(), true));
        return reply;
    }

    /** The bureau leader (the current user) sends the reply that awaits approval back ({@link ReplyReviewed}). */
    public Reply rejectReply(String trackingNumber, String comment) {
        Reply reply = latestReply(trackingNumber, Reply.Status.PENDING_APPROVAL);
        reply.reject(timeline.currentActor(), clock.instant(), comment);
        publisher.publishEvent(new ReplyReviewed(reply.getComplaintId(), reply.getId(), false));
        return reply;
    }

    /** 发送答复: the approved reply goes to the complainant now, and the handling clock no longer runs. */
    public Reply sendReply(String trackingNumber) {
        Reply reply = latestReply(trackingNumber, Reply.Status.APPROVED);
        reply.markSent(clock.instant());
        clearDue(trackingNumber);
        return reply;
    }

    /** 回访: the complainant's verdict, recorded now by the current user against the bureau that replied. */
    public void recordCallback(String trackingNumber, CallbackResult result, String comment) {
        Complaint complaint = cases.get(trackingNumber);
        String bureau = complaint.getCurrentBureau() == null
                ? null
                : complaint.getCurrentBureau().getCode();
        callbacks.save(
                new Callback(complaint.getId(), bureau, result, comment, timeline.currentActor(), clock.instant()));
    }

    private Reply latestReply(String trackingNumber, Reply.Status status) {
        Complaint complaint = cases.get(trackingNumber);
        return replies.findFirstByComplaintIdAndStatusOrderByIdDesc(complaint.getId(), status)
                .orElseThrow(() -> new IllegalStateException("No " + status + " reply on " + trackingNumber));
    }
}
