package org.xinfang.petition.absence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * AB岗: a staff member records an absence and the colleague who stands in. The substitute is of the same unit and
 * holds every role the absent member works with, so the tasks offered to the member's groups already reach them;
 * what the member had taken is handed to them when the absence starts (by whichever node gets there first), and
 * the member's notifications reach them while it lasts.
 */
@Service
public class Absences {

    static final int MAX_REASON = 500;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaffAbsenceRepository absences;
    private final Organisation organisation;
    private final CurrentStaff currentStaff;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final Clock clock;

    Absences(
            StaffAbsenceRepository absences,
            Organisation organisation,
            CurrentStaff currentStaff,
            TaskService tasks,
            RuntimeService runtime,
            Cases cases,
            CaseTimeline timeline,
            Clock clock) {
        this.absences = absences;
        this.organisation = organisation;
        this.currentStaff = currentStaff;
        this.tasks = tasks;
        this.runtime = runtime;
        this.cases = cases;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The signed-in member records an absence; one already in force hands their tasks over at once. */
    @Transactional
    public AbsenceView record(AbsenceRequest request) {
        StaffPrincipal me = currentStaff.get();
        Instant now = clock.instant();
        Instant starts = request.startsAt() == null ? now : request.startsAt();
        if (request.endsAt() == null) {
            throw PetitionException.invalid("endsAt", "constraint.NotNull");
        }
        if (!request.endsAt().isAfter(starts) || !request.endsAt().isAfter(now)) {
            throw PetitionException.invalid("endsAt", "constraint.absence-ends-after-start");
        }
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw PetitionException.invalid("reason", "constraint.NotBlank");
        }
        if (reason.length() > MAX_REASON) {
            throw PetitionException.invalid("reason", "constraint.Size", MAX_REASON, 1);
        }
        StaffUser member = organisation.staffMember(me.username()).orElseThrow();
        StaffUser substitute = request.substitute() == null
                ? null
                : organisation.staffMember(request.substitute()).orElse(null);
        if (substitute == null || !standsInFor(substitute, member)) {
            throw PetitionException.invalid("substitute", "constraint.not-a-substitute");
        }
        // one recording at a time for the two people it concerns, so that simultaneous ones cannot both find no overlap
        organisation.lockStaffMembers(List.of(member.getUsername(), substitute.getUsername()));
        if (overlaps(member.getUsername(), starts, request.endsAt())) {
            throw PetitionException.conflict("absence.overlaps");
        }
        if (overlaps(substitute.getUsername(), starts, request.endsAt())) {
            throw PetitionException.conflict("absence.substitute-absent", substitute.getUsername());
        }
        StaffAbsence absence = absences.save(new StaffAbsence(
                member.getUsername(), substitute.getUsername(), starts, request.endsAt(), reason, now));
        if (!starts.isAfter(now) && absences.claimHandover(absence.getId(), now) == 1) {
            handOver(absence);
        }
        return AbsenceView.of(absence);
    }

    /**
     * The same by days, as the workbench takes it: from the start of {@code startsOn} (now when left out) to the end
     * of {@code endsOn}, in the calendar's time zone.
     */
    @Transactional
    public AbsenceView recordDays(String substitute, LocalDate startsOn, LocalDate endsOn, String reason) {
        ZoneId zone = clock.getZone();
        return record(new AbsenceRequest(
                substitute,
                startsOn == null ? null : startsOn.atStartOfDay(zone).toInstant(),
                endsOn == null ? null : endsOn.plusDays(1).atStartOfDay(zone).toInstant(),
                reason));
    }

    /** The colleagues who may stand in for the signed-in member: same unit, every role of theirs. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        StaffUser member =
                organisation.staffMember(currentStaff.get().username()).orElseThrow();
        return organisation.staffOf(member.getUnit()).stream()
                .filter(colleague -> standsInFor(colleague, member))
                .map(colleague -> new Colleague(colleague.getUsername(), colleague.getDisplayName()))
                .toList();
    }

    /** A colleague to choose as substitute. */
    public record Colleague(String username, String displayName) {}

    /** The signed-in member's absences and those they stand in for, not yet over. */
    @Transactional(readOnly = true)
    public List<AbsenceView> mine() {
        String me = currentStaff.get().username();
        Instant now = clock.instant();
        return Stream.concat(
                        absences.findByUsernameAndEndsAtAfterOrderByStartsAtAsc(me, now).stream(),
                        absences.findBySubstituteAndEndsAtAfterOrderByStartsAtAsc(me, now).stream())
                .map(AbsenceView::of)
                .toList();
    }

    /** Who stands in now for each of these members who is away, by member; one query for them all. */
    @Transactional(readOnly = true)
    public Map<String, String> substitutesNow(Collection<String> members) {
        if (members.isEmpty()) {
            return Map.of();
        }
        return absences.inForce(members, clock.instant()).stream()
                .collect(Collectors.toMap(
                        StaffAbsence::getUsername, StaffAbsence::getSubstitute, (first, second) -> first));
    }

    /**
     * Hands over the tasks of every absence that has started since: each absence once, by the node whose claim
     * wins. Called now and then on every node.
     */
    @Transactional
    public int handOverDue() {
        Instant now = clock.instant();
        int handedOver = 0;
        for (StaffAbsence absence : absences.dueForHandover(now)) {
            if (absences.claimHandover(absence.getId(), now) == 1) {
                handOver(absence);
                handedOver++;
            }
        }
        return handedOver;
    }

    /** The member's taken tasks go to the substitute; each case's timeline says who acts for whom. */
    private void handOver(StaffAbsence absence) {
        String until = MINUTE.format(absence.getEndsAt().atZone(clock.getZone()));
        for (Task task :
                tasks.createTaskQuery().taskAssignee(absence.getUsername()).list()) {
            tasks.setAssignee(task.getId(), absence.getSubstitute());
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            cases.find(instance.getBusinessKey())
                    .ifPresent(complaint -> timeline.record(
                            complaint,
                            CaseEventType.ACTING_FOR,
                            "%s acts for %s (absent until %s): %s"
                                    .formatted(absence.getSubstitute(), absence.getUsername(), until, task.getName()),
                            null));
        }
    }

    private boolean overlaps(String username, Instant starts, Instant ends) {
        return absences.findByUsernameAndEndsAtAfterOrderByStartsAtAsc(username, starts).stream()
                .anyMatch(absence -> absence.getStartsAt().isBefore(ends));
    }

    /** A colleague of the same unit who holds every role the member works cases with, and is not the member. */
    private static boolean standsInFor(StaffUser substitute, StaffUser member) {
        Set<Role> needed =
                member.getRoles().stream().filter(role -> role != Role.ADMIN).collect(Collectors.toSet());
        return substitute.isEnabled()
                && !substitute.getUsername().equals(member.getUsername())
                && substitute.getUnit().getId().equals(member.getUnit().getId())
                && !needed.isEmpty()
                && substitute.getRoles().containsAll(needed);
    }

    /** An absence: from when (now if left out) to when, who stands in, and why. */
    public record AbsenceRequest(
            @PlainText String substitute,
            Instant startsAt,
            Instant endsAt,
            @PlainText(lines = true) String reason) {}

    /** An absence as its member and their substitute see it. */
    public record AbsenceView(
            long id, String username, String substitute, Instant startsAt, Instant endsAt, String reason) {
        static AbsenceView of(StaffAbsence absence) {
            return new AbsenceView(
                    absence.getId(),
                    absence.getUsername(),
                    absence.getSubstitute(),
                    absence.getStartsAt(),
                    absence.getEndsAt(),
                    absence.getReason());
        }
    }
}
