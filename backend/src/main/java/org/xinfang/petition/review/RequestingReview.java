package org.xinfang.petition.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.notification.StaffNotifications;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.ReviewProcess;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 请求复查 / 请求复核: the complainant (through the lookup, with the tracking number and query code) or an operator or
 * clerk on their behalf asks for the next level of review of a closed case, with the reason. The level follows from
 * where the case stands; the body from the organisation tree; the window is the model's (a request finds the model
 * waiting for it, or the window has passed). The request reaches the model as its message, which starts the body's
 * clock; one request per level, also when two arrive at once.
 */
@Service
public class RequestingReview {

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Cases cases;
    private final CaseRecords records;
    private final CaseReviewRepository reviews;
    private final ReviewBodies bodies;
    private final CaseTimeline timeline;
    private final RuntimeService runtime;
    private final CurrentStaff currentStaff;
    private final Messages messages;
    private final Deadlines deadlines;
    private final StaffNotifications notifications;
    private final Clock clock;

    RequestingReview(
            Cases cases,
            CaseRecords records,
            CaseReviewRepository reviews,
            ReviewBodies bodies,
            CaseTimeline timeline,
            RuntimeService runtime,
            CurrentStaff currentStaff,
            Messages messages,
            Deadlines deadlines,
            StaffNotifications notifications,
            Clock clock) {
        this.cases = cases;
        this.records = records;
        this.reviews = reviews;
        this.bodies = bodies;
        this.timeline = timeline;
        this.runtime = runtime;
        this.currentStaff = currentStaff;
        this.messages = messages;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The complainant's own request, once the lookup has checked their tracking number and query code. */
    @Transactional
    public Level byComplainant(Complaint complaint, String reason) {
        // read again in this transaction: the lookup checked the credentials in its own
        return request(cases.get(complaint.getTrackingNumber()), reason, null);
    }

    /** A request the petition office's clerk or operator enters for the complainant (a call, a letter, a visit). */
    @Transactional
    public Level byStaff(String trackingNumber, String reason) {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.hasAnyRole(Role.CLERK, Role.OPERATOR)) {
            throw PetitionException.forbidden("access-denied");
        }
        return request(cases.get(trackingNumber), reason, staff.username());
    }

    private Level request(Complaint complaint, String reason, String requestedBy) {
        String number = complaint.getTrackingNumber();
        Level level = NextReviewLevel.of(complaint);
        OrgUnit body = bodies.bodyFor(complaint, level)
                .orElseThrow(() -> PetitionException.conflict("review.no-body", number, level.label()));
        if (!isWaitingFor(complaint, level)) {
            throw PetitionException.conflict("review.window-passed", number, level.label());
        }
        try {
            reviews.saveAndFlush(
                    new CaseReview(complaint.getId(), level, body, reason.strip(), clock.instant(), requestedBy));
        } catch (DataIntegrityViolationException asked) {
            // another request of the same level committed a moment earlier (the unique key on case and level)
            throw PetitionException.conflict("review.already-requested", number, level.label());
        }
        records.assignReviewBody(number, body);
        timeline.record(
                complaint,
                level == Level.REVIEW ? CaseEventType.REVIEW_REQUESTED : CaseEventType.RE_REVIEW_REQUESTED,
                reason.strip(),
                messages.both(
                        "note." + level.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-requested",
                        body.getNameZh(),
                        body.getNameEn()));
        runtime.createMessageCorrelation(level.message())
                .processInstanceBusinessKey(number)
                .correlate();
        CaseEventType asked =
                level == Level.REVIEW ? CaseEventType.REVIEW_REQUESTED : CaseEventType.RE_REVIEW_REQUESTED;
        notifications.notifyUnit(
                body,
                List.of(Role.HANDLER, Role.BUREAU_LEADER),
                complaint.getId(),
                asked.name(),
                "notification." + asked.name(),
                number,
                DUE_FORMAT.format(
                        deadlines.running(complaint, stageOf(level)).getDueAt().atZone(clock.getZone())));
        return level;
    }

    static DeadlineStage stageOf(Level level) {
        return level == Level.REVIEW ? DeadlineStage.HIGHER_REVIEW : DeadlineStage.RE_REVIEW;
    }

    /** A request the office enters for the complainant, as the API's body and the workbench's form give it. */
    public record StaffRequest(
            @NotBlank @PlainText(lines = true) @Size(max = 2000)
            String reason) {}

    /** Whether the model waits for a request of this level: its window is open. */
    boolean isWaitingFor(Complaint complaint, Level level) {
        return runtime.createExecutionQuery()
                        .processDefinitionKey(ReviewProcess.KEY)
                        .processInstanceBusinessKey(complaint.getTrackingNumber())
                        .messageEventSubscriptionName(level.message())
                        .count()
                > 0;
    }
}
