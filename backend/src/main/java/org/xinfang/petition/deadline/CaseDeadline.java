package org.xinfang.petition.deadline;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinfang.petition.calendar.DeadlineArithmetic;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.calendar.WorkingCalendar.Schedule;
import org.xinfang.petition.shared.EntityQuery;

/**
 * A running response limit of a case (one per stage started): what it is, when it started, when it runs out and
 * warns, its extension and pauses. The due date is always recomputed from these facts, so an extension, a
 * pause or a corrected calendar moves it consistently.
 */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    /** The bureau whose limit this is (the case's bureau when the clock started; none for the office's stages). */
    @Column(name = "bureau_code")
    private String bureauCode;

    @Enumerated(EnumType.STRING)
    private DeadlineStage stage;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "limit_expression")
    private String limitExpression;

    @Column(name = "warn_expression")
    private String warnExpression;

    @Column(name = "extension_amount")
    private int extensionAmount;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "provisional_years")
    private String provisionalYears;

    @Enumerated(EnumType.STRING)
    private DeadlineStatus status;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** Working days the stage took, from its start to its end, written when it ends (the stage time). */
    @Column(name = "working_days")
    private Integer workingDays;

    @OneToMany(mappedBy = "deadline", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("pausedAt")
    private List<DeadlinePause> pauses = new ArrayList<>();

    @Version
    private long version;

    protected CaseDeadline() {}

    CaseDeadline(
            Long complaintId,
            DeadlineStage stage,
            String processInstanceId,
            Limit limit,
            Limit warnBefore,
            Instant startedAt,
            String bureauCode) {
        this.complaintId = complaintId;
        this.bureauCode = bureauCode;
        this.stage = stage;
        this.processInstanceId = processInstanceId;
        this.limitExpression = limit.toString();
        this.warnExpression = warnBefore.toString();
        this.startedAt = startedAt;
        this.status = DeadlineStatus.RUNNING;
    }

    /** The limit as granted: the decision's limit plus any extension, in the same unit. */
    @EntityQuery
    public Limit effectiveLimit() {
        Limit limit = Limit.parse(limitExpression);
        return Limit.of(limit.amount() + extensionAmount, limit.unit());
    }

    Limit warnBefore() {
        return Limit.parse(warnExpression);
    }

    List<DeadlineArithmetic.Pause> resumedPauses() {
        return pauses.stream()
                .filter(pause -> !pause.isOpen())
                .map(DeadlinePause::interval)
                .toList();
    }

    void schedule(Schedule schedule) {
        this.dueAt = schedule.due();
        this.warnAt = schedule.warning();
        this.provisionalYears = schedule.provisional()
                ? schedule.gaps().stream().sorted().map(String::valueOf).collect(Collectors.joining(","))
                : null;
    }

    void extend(int amount) {
        this.extensionAmount += amount;
    }

    void pause(Instant at, String reason) {
        pauses.add(new DeadlinePause(this, at, reason));
        this.status = DeadlineStatus.PAUSED;
    }

    void resume(Instant at) {
        pauses.stream().filter(DeadlinePause::isOpen).forEach(pause -> pause.resume(at));
        this.status = DeadlineStatus.RUNNING;
    }

    void warned(Instant at) {
        this.warnedAt = at;
    }

    void overdue(Instant at) {
        this.overdueAt = at;
    }

    void end(Instant at, int workingDays) {
        this.endedAt = at;
        this.workingDays = workingDays;
        this.status = DeadlineStatus.ENDED;
    }

    public boolean isOpen() {
        return status != DeadlineStatus.ENDED;
    }

    public boolean isProvisional() {
        return provisionalYears != null;
    }

    Set<Integer> provisionalYearSet() {
        return provisionalYears == null
                ? Set.of()
                : Arrays.stream(provisionalYears.split(","))
                        .map(Integer::valueOf)
                        .collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public DeadlineStage getStage() {
        return stage;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getLimitExpression() {
        return limitExpression;
    }

    public int getExtensionAmount() {
        return extensionAmount;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public String getProvisionalYears() {
        return provisionalYears;
    }

    public DeadlineStatus getStatus() {
        return status;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    /** Whether the clock has stood still at all (for material) since it started. */
    public boolean hasPauses() {
        return !pauses.isEmpty();
    }

    /** The intervals the clock stood still, the running one last. */
    public List<DeadlineView.PauseView> pauseViews() {
        return pauses.stream()
                .map(pause -> new DeadlineView.PauseView(pause.getPausedAt(), pause.getResumedAt(), pause.getReason()))
                .toList();
    }

    /** When the running pause began, if the clock stands still now. */
    public Instant getPausedSince() {
        return pauses.stream()
                .filter(DeadlinePause::isOpen)
                .map(DeadlinePause::getPausedAt)
                .findFirst()
                .orElse(null);
    }
}
