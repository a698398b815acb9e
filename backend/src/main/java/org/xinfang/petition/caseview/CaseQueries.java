package org.xinfang.petition.caseview;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.evaluation.Ratings;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.ownership.CaseOwners;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.Var;
import org.xinfang.petition.review.CaseReviews;
import org.xinfang.petition.screening.CaseScreening;
import org.xinfang.petition.screening.Flag;
import org.xinfang.petition.screening.LikelyRepeats;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

@Service
@Transactional(readOnly = true)
public class CaseQueries {

    private static final String ID = "id";

    private final Cases cases;
    private final Organisation organisation;
    private final CaseOwners owners;
    private final CaseTimeline timeline;
    private final TaskService tasks;
    private final HistoryService history;
    private final Deadlines deadlines;
    private final CaseScopes access;
    private final CurrentStaff currentStaff;
    private final CaseScreening screening;
    private final LikelyRepeats likelyRepeats;
    private final ComplainantIdentity identity;
    private final CaseAttachments attachments;
    private final Ratings ratings;
    private final CaseReviews reviews;
    private final Clock clock;

    CaseQueries(
            Cases cases,
            Organisation organisation,
            CaseTimeline timeline,
            TaskService tasks,
            HistoryService history,
            Deadlines deadlines,
            CaseScopes access,
            CurrentStaff currentStaff,
            CaseScreening screening,
            LikelyRepeats likelyRepeats,
            ComplainantIdentity identity,
            CaseAttachments attachments,
            Ratings ratings,
            CaseOwners owners,
            CaseReviews reviews,
            Clock clock) {
        this.cases = cases;
        this.organisation = organisation;
        this.timeline = timeline;
        this.tasks = tasks;
        this.history = history;
        this.deadlines = deadlines;
        this.access = access;
        this.currentStaff = currentStaff;
        this.screening = screening;
        this.likelyRepeats = likelyRepeats;
        this.identity = identity;
        this.attachments = attachments;
        this.ratings = ratings;
        this.owners = owners;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The cases the user may see that match the filter; the days of its period are the system's time zone's. */
    public Page<CaseSummary> list(CaseFilter filter, Pageable page) {
        filter.check();
        String regionPrefix = filter.region() == null
                ? null
                : organisation
                        .region(filter.region())
                        .orElseThrow(() -> PetitionException.invalid("region", "constraint.unknown-region"))
                        .codePrefix();
        StaffPrincipal staff = currentStaff.get();
        Page<Complaint> found = cases.matching(
                access.visibleTo(staff).and(filter.toSpecification(regionPrefix, clock.getZone())), withTiebreak(page));
        Map<Long, List<Flag>> flags =
                screening.flagsOf(found.map(Complaint::getId).toList());
        return found.map(complaint -> CaseSummary.of(complaint, flags.getOrDefault(complaint.getId(), List.of())));
    }

    /**
     * Adds the id as the last sort key, in the direction of the last one asked for. Timestamps tie (MySQL keeps
     * them to the second), and rows that tie come back in any order, so pages would overlap and skip cases.
     */
    private static Pageable withTiebreak(Pageable page) {
        Sort sort = page.getSort();
        if (sort.getOrderFor(ID) != null) {
            return page;
        }
        Sort.Direction direction = sort.stream()
                .reduce((first, last) -> last)
                .map(Sort.Order::getDirection)
                .orElse(Sort.Direction.DESC);
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), sort.and(Sort.by(direction, ID)));
    }

    public CaseDetail detail(String trackingNumber) {
        Complaint complaint = cases.get(trackingNumber);
        StaffPrincipal staff = currentStaff.get();
        access.checkCanView(staff, complaint);
        return new CaseDetail(
                complaint.getTrackingNumber(),
                complaint.getStatus().name(),
                complaint.getCategory().name(),
                complaint.getUrgency().name(),
                complaint.getChannel().name(),
                CaseDetail.Place.of(complaint.getRegion()),
                complaint.getSubject(),
                complaint.getContent(),
                identity.shownTo(staff, complaint),
                CaseDetail.Place.of(complaint.getCurrentBureau()),
                proposedBureau(trackingNumber),
                complaint.getDispatchCount(),
                complaint.isDesignated(),
                complaint.getReopenCount(),
                complaint.getRepeatOf() == null ? null : complaint.getRepeatOf().getTrackingNumber(),
                cases.repeatsOf(complaint).stream()
                        .map(Complaint::getTrackingNumber)
                        .toList(),
                complaint.getFiledBy(),
                owners.ownerOf(complaint).orElse(null),
                complaint.getReceivedAt(),
                complaint.getDueAt(),
                complaint.getClosedAt(),
                deadlines.ofCase(complaint),
                tasks
                        .createTaskQuery()
                        .processDefinitionKey(ComplaintProcess.KEY)
                        .processInstanceBusinessKey(trackingNumber)
                        .orderByTaskCreateTime()
                        .asc()
                        .list()
                        .stream()
                        .map(CaseDetail.OpenTask::of)
                        .toList(),
                timeline.of(complaint).stream().map(CaseDetail.Event::of).toList(),
                cases.repliesOf(complaint).stream()
                        .map(CaseDetail.ReplyView::of)
                        .toList(),
                cases.callbacksOf(complaint).stream()
                        .map(CaseDetail.CallbackView::of)
                        .toList(),
                ratings.of(complaint).orElse(null),
                reviews.viewsOf(complaint),
                screening.flagsOf(complaint),
                staff.hasRole(Role.CLERK) ? likelyRepeats.of(complaint) : null,
                attachments.of(complaint.getId(), identity.mayDisclose(staff, complaint)));
    }

    /**
     * The complainant's full identity, for those entitled to it; every such view is audited, in this transaction
     * (a writing one), so the entry is written before the identity is handed out.
     */
    @Transactional
    public CaseDetail.Person complainant(String trackingNumber) {
        Complaint complaint = cases.get(trackingNumber);
        StaffPrincipal staff = currentStaff.get();
        access.checkCanView(staff, complaint);
        return identity.disclose(staff, complaint);
    }

    /** Whether the viewer, who may see the case, may ask for the complainant in full (the audited view). */
    public boolean mayKnowComplainant(String trackingNumber) {
        Complaint complaint = cases.get(trackingNumber);
        StaffPrincipal staff = currentStaff.get();
        access.checkCanView(staff, complaint);
        return identity.mayDisclose(staff, complaint);
    }

    /** What bureau-routing proposed, read from the history so that a closed case still shows it. */
    private String proposedBureau(String trackingNumber) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(trackingNumber)
                .singleResult();
        if (instance == null) {
            return null;
        }
        HistoricVariableInstance proposed = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(Var.PROPOSED_BUREAU)
                .singleResult();
        return proposed == null ? null : (String) proposed.getValue();
    }
}
