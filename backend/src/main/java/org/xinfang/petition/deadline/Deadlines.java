package org.xinfang.petition.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.value.DateValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.calendar.CalendarChanged;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.calendar.WorkingCalendar;
import org.xinfang.petition.calendar.WorkingCalendar.Schedule;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseRecords;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.deadline.DeadlineStage.Keeper;
import org.xinfang.petition.deadline.StageLimits.StageLimit;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.shared.PetitionException;

/**
 * Response limits on the working-day calendar. The model calls it: {@code deadlines.dueFor} for the due date of
 * a task, {@code deadlines.start} where a timed stage's clock starts and {@code deadlines.stop} where it ends.
 * Extensions, pauses and calendar corrections recompute a running limit and move its timers.
 */
@Component("deadlines")
public class Deadlines {

    private final Cases cases;
    private final CaseRecords records;
    private final CaseDeadlineRepository deadlines;
    private final StageLimits limits;
    private final WorkingCalendar calendar;
    private final DeadlineTimers timers;
    private final CaseTimeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deadlines(
            Cases cases,
            CaseRecords records,
            CaseDeadlineRepository deadlines,
            StageLimits limits,
            WorkingCalendar calendar,
            DeadlineTimers timers,
            CaseTimeline timeline,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.records = records;
        this.deadlines = deadlines;
        this.limits = limits;
        this.calendar = calendar;
        this.timers = timers;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The due and warning moments of a stage of this case that starts now, for a model that keeps them in its own
     * variables (the inspectors' limit on issuing a supervision order).
     */
    public Schedule scheduleFrom(Complaint complaint, DeadlineStage stage) {
        StageLimit limit = limits.of(complaint, stage);
        Schedule schedule = calendar.schedule(clock.instant(), limit.limit(), limit.warnBefore());
        warnOfGaps(complaint, schedule.gaps());
        return schedule;
    }

    /**
     * Starts a timed stage's clock: records the limit, and sets the due and warning moments that the stage's
     * timers and tasks read.
     */
    public void start(DelegateExecution execution, String stage) {
        DeadlineStage timed = DeadlineStage.valueOf(stage);
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        StageLimit limit = limits.of(complaint, timed);
        CaseDeadline deadline = new CaseDeadline(
                complaint.getId(),
                timed,
                execution.getProcessInstanceId(),
                limit.limit(),
                limit.warnBefore(),
                clock.instant(),
                unitAnswering(complaint, timed.keeper()));
        Schedule schedule = calendar.schedule(deadline.getStartedAt(), limit.limit(), limit.warnBefore());
        deadline.schedule(schedule);
        deadlines.save(deadline);
        execution.setVariable(timed.dueVariable(), moment(schedule.due(), timed));
        execution.setVariable(timed.warningVariable(), moment(schedule.warning(), timed));
        if (timed.isTheCasesDue()) {
            records.recordDue(complaint.getTrackingNumber(), schedule.due());
        }
        warnOfGaps(complaint, schedule.gaps());
    }

    /** The unit whose limit the deadline counts as, in the assessment: the bureau's or the reviewing body's. */
    private static String unitAnswering(Complaint complaint, Keeper keeper) {
        OrgUnit unit = switch (keeper) {
            case BUREAU -> complaint.getCurrentBureau();
            case REVIEW_BODY -> complaint.getReviewBody();
            case OFFICE, TASK_CANDIDATES -> null;
        };
        return unit == null ? null : unit.getCode();
    }

    /** A moment of the clock as a process variable, transient unless the stage reads it again later. */
    private static DateValue moment(Instant at, DeadlineStage stage) {
        return Variables.dateValue(Date.from(at), !stage.keepsItsMoments());
    }

    /** Ends a timed stage's clock when the stage is done (or left, e.g. by returning the case), and says so. */
    public void stop(DelegateExecution execution, String stage) {
        Complaint complaint = cases.get(execution.getProcessBusinessKey());
        DeadlineStage timed = DeadlineStage.valueOf(stage);
        open(complaint, timed).ifPresent(deadline -> {
            Instant now = clock.instant();
            deadline.end(now, calendar.workingDaysElapsed(deadline.getStartedAt(), now));
            events.publishEvent(new DeadlineEnded(complaint.getId(), complaint.getTrackingNumber(), timed));
        });
        if (timed.isTheCasesDue()) {
            records.clearDue(complaint.getTrackingNumber());
        }
    }

    /** When a stage's limit, started at {@code start}, runs out for this case (e.g. the return window). */
    public Instant dueAfter(Complaint complaint, DeadlineStage stage, Instant start) {
        return calendar.due(start, limitOf(complaint, stage));
    }

    /** A stage's limit for this case, as the {@code time-limits} decision gives it. */
    public Limit limitOf(Complaint complaint, DeadlineStage stage) {
        return limits.of(complaint, stage).limit();
    }

    /** How long before a stage's limit this case's warning comes, as the {@code time-limits} decision gives it. */
    public Limit warnBeforeOf(Complaint complaint, DeadlineStage stage) {
        return limits.of(complaint, stage).warnBefore();
    }

    /**
     * The limit, warning and due moments of a stage that starts now for a matter without a complaint (a
     * consultation), by its category at normal urgency. The caller keeps them and says so if they are provisional.
     */
    public Schedule scheduleFrom(Instant start, DeadlineStage stage, Category category) {
        StageLimit limit = limits.of(stage, Urgency.NORMAL, category);
        return calendar.schedule(start, limit.limit(), limit.warnBefore());
    }

    /** When the case's latest limit of a stage started, running or ended (sign-for, once the bureau answered). */
    public Instant lastStart(Complaint complaint, DeadlineStage stage) {
        return deadlines
                .findFirstByComplaintIdAndStageOrderByIdDesc(complaint.getId(), stage)
                .orElseThrow(() -> PetitionException.conflict("deadline.not-running", complaint.getTrackingNumber()))
                .getStartedAt();
    }

    /**
     * The cases whose latest limit of a stage falls due within [from, to), met or not: e.g. the cases whose handling
     * limit ran out in a month, replied or not, which the month's survey draws from.
     */
    @Transactional(readOnly = true)
    public List<Long> casesDueWithin(DeadlineStage stage, Instant from, Instant to) {
        return deadlines.casesWithLatestDueWithin(stage, from, to);
    }

    /** The case's running limit of a stage; a case without one is not in that stage (409). */
    public CaseDeadline running(Complaint complaint, DeadlineStage stage) {
        return open(complaint, stage)
                .orElseThrow(() -> PetitionException.conflict("deadline.not-running", complaint.getTrackingNumber()));
    }

    /** Grants more time: {@code amount} more units of the limit's own unit; the same timers move. */
    @Transactional
    public CaseDeadline extend(Complaint complaint, DeadlineStage stage, int amount) {
        CaseDeadline deadline = running(complaint, stage);
        deadline.extend(amount);
        recompute(deadline);
        return deadline;
    }

    /** Stops the clock: the stage's timers are suspended until {@link #resume}. */
    @Transactional
    public void pause(Complaint complaint, DeadlineStage stage, String reason) {
        CaseDeadline deadline = running(complaint, stage);
        if (deadline.getStatus() == DeadlineStatus.PAUSED) {
            throw PetitionException.conflict("deadline.already-paused", complaint.getTrackingNumber());
        }
        deadline.pause(clock.instant(), reason);
        timers.suspend(deadline);
    }

    /** Restarts the clock with the time that remained: the limit moves by the time it stood still. */
    @Transactional
    public CaseDeadline resume(Complaint complaint, DeadlineStage stage) {
        CaseDeadline deadline = running(complaint, stage);
        if (deadline.getStatus() != DeadlineStatus.PAUSED) {
            throw PetitionException.conflict("deadline.not-paused", complaint.getTrackingNumber());
        }
        deadline.resume(clock.instant());
        recompute(deadline);
        timers.activate(deadline);
        return deadline;
    }

    /** A year was loaded or corrected: every running limit it touches (or that lacked it) is recounted. */
    @EventListener
    void calendarChanged(CalendarChanged change) {
        for (CaseDeadline deadline : deadlines.findByStatusNot(DeadlineStatus.ENDED)) {
            if (deadline.getStatus() == DeadlineStatus.RUNNING && touches(deadline, change.year())) {
                recompute(deadline);
            }
        }
    }

    /** The case's limits, first started first, with the working days that remain of the open ones. */
    @Transactional(readOnly = true)
    public List<DeadlineView> ofCase(Complaint complaint) {
        return deadlines.findByComplaintIdOrderByIdAsc(complaint.getId()).stream()
                .map(deadline -> DeadlineView.of(deadline, remainingWorkingDays(deadline)))
                .toList();
    }

    /**
     * The limit of the stage the case is in now, not of a decision beside it (an extension, a review of
     * publication); none once no supervised limit runs.
     */
    @Transactional(readOnly = true)
    public Optional<DeadlineView> current(Complaint complaint) {
        return ofCase(complaint).stream()
                .filter(deadline -> deadline.endedAt() == null)
                .filter(deadline -> deadline.stage().keeper().isSupervised())
                .reduce((first, later) -> later);
    }

    /** Working days left (today included), negative once overdue; as they were when a stopped clock stopped. */
    private Integer remainingWorkingDays(CaseDeadline deadline) {
        return switch (deadline.getStatus()) {
            case RUNNING -> calendar.remainingWorkingDays(deadline.getDueAt());
            case PAUSED -> calendar.remainingWorkingDays(deadline.getPausedSince(), deadline.getDueAt());
            case ENDED -> null;
        };
    }

    private void recompute(CaseDeadline deadline) {
        Schedule schedule = calendar.schedule(
                deadline.getStartedAt(), deadline.effectiveLimit(), deadline.warnBefore(), deadline.resumedPauses());
        deadline.schedule(schedule);
        timers.retime(deadline);
        Complaint complaint = cases.byId(deadline.getComplaintId()).orElseThrow();
        if (deadline.getStage().isTheCasesDue()) {
            records.recordDue(complaint.getTrackingNumber(), schedule.due());
        }
        warnOfGaps(complaint, schedule.gaps());
    }

    private boolean touches(CaseDeadline deadline, int year) {
        int from = deadline.getStartedAt().atZone(calendar.zone()).getYear();
        int to = deadline.getDueAt().atZone(calendar.zone()).getYear();
        return (year >= from && year <= to) || deadline.provisionalYearSet().contains(year);
    }

    private Optional<CaseDeadline> open(Complaint complaint, DeadlineStage stage) {
        return deadlines.findFirstByComplaintIdAndStageAndStatusNotOrderByIdDesc(
                complaint.getId(), stage, DeadlineStatus.ENDED);
    }

    /** A limit counted into a year without a schedule is provisional: said on the case, never silently. */
    private void warnOfGaps(Complaint complaint, Set<Integer> gaps) {
        if (!gaps.isEmpty()) {
            timeline.record(complaint, CaseEventType.CALENDAR_GAP, "no holiday schedule loaded for " + gaps, null);
        }
    }
}
