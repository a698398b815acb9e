package org.xinfang.petition.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.calendar.WorkingCalendar;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CaseScopes.Scope;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * The acting user's queue (待办): open tasks assigned to them or offered to one of their groups, earliest due
 * first unless another {@link Order} is asked for ({@code sort=dueAt,desc}, {@code sort=createdAt,desc}: the
 * properties in {@link #SORTABLE}), of one stage or all, overdue only or all. For a clerk it is the triage, dispatch
 * and callback queue; for a bureau, its inbox. The total counts at most {@link QueueQuery#COUNTED_UP_TO} tasks, or
 * as many as the pages read so far show.
 */
@Service
public class WorkQueue {

    /** The due date of the task (its stage's running limit): {@code sort=dueAt,asc} is the default order. */
    public static final String DUE_AT = "dueAt";

    /** When the task arrived in the queue (was created). */
    public static final String CREATED_AT = "createdAt";

    /** The properties a queue may be sorted by; the first one a sort names decides the order. */
    public static final List<String> SORTABLE = List.of(DUE_AT, CREATED_AT);

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Cases cases;
    private final WorkingCalendar calendar;
    private final CurrentStaff currentStaff;
    private final CaseScopes scopes;
    private final StageDueDates dueDates;
    private final Clock clock;

    WorkQueue(
            TaskService tasks,
            RepositoryService repository,
            RuntimeService runtime,
            IdentityService identity,
            Cases cases,
            WorkingCalendar calendar,
            CurrentStaff currentStaff,
            CaseScopes scopes,
            StageDueDates dueDates,
            Clock clock) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
        this.calendar = calendar;
        this.currentStaff = currentStaff;
        this.scopes = scopes;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** The queue of one stage (or every stage when null), in the order the page asks for. */
    @Transactional(readOnly = true)
    public Page<WorkItem> forCurrentUser(Stage stage, Pageable page) {
        return forCurrentUser(new Filter(stage, false), page);
    }

    @Transactional(readOnly = true)
    public Page<WorkItem> forCurrentUser(Filter filter, Pageable page) {
        Authentication actor = identity.getCurrentAuthentication();
        StaffPrincipal staff = currentStaff.get();
        Scope scope = scopes.of(staff);
        List<String> definitionIds =
                repository.createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.KEY).list().stream()
                        .map(ProcessDefinition::getId)
                        .toList();
        QueueQuery query = new QueueQuery(
                tasks,
                definitionIds,
                actor.getUserId(),
                actor.getGroupIds() == null ? List.of() : actor.getGroupIds(),
                filter.stage(),
                filter.overdue() ? Date.from(clock.instant()) : null);
        List<Task> found = query.page(Order.of(page.getSort()), (int) page.getOffset(), page.getPageSize());
        long total = found.size() < page.getPageSize() ? page.getOffset() + found.size() : total(query, page);
        Map<String, String> businessKeys = businessKeys(found);
        Map<String, Complaint> byNumber = cases.withNumbers(businessKeys.values()).stream()
                .collect(Collectors.toMap(Complaint::getTrackingNumber, Function.identity()));
        Map<Long, Map<String, StageDueDates.Limit>> limits =
                dueDates.of(byNumber.values().stream().map(Complaint::getId).toList());
        List<WorkItem> items = found.stream()
                // Only the cases in the user's own scope are theirs, whatever a group says.
                .filter(task ->
                        CaseScopes.canSee(staff, scope, byNumber.get(businessKeys.get(task.getProcessInstanceId()))))
                .map(task -> {
                    Complaint complaint = byNumber.get(businessKeys.get(task.getProcessInstanceId()));
                    StageDueDates.Limit limit = limitOf(task, limits.getOrDefault(complaint.getId(), Map.of()));
                    Instant due = limit.dueAt();
                    return WorkItem.of(task, complaint, limit, due == null ? null : calendar.remainingWorkingDays(due));
                })
                .toList();
        return new PageImpl<>(items, page, total);
    }

    /**
     * Which tasks of the queue: of one stage (all when null), and only those whose due date has passed.
     *
     * @param overdue only the tasks past their due date (超期)
     */
    public record Filter(Stage stage, boolean overdue) {}

    /** The orders a queue is read in, each the way an index holds the tasks. */
    public enum Order {
        /** Earliest due first, the default: what is most urgent. */
        DUE_FIRST,
        /** Latest due first. */
        DUE_LAST,
        /** The newest arrivals first. */
        NEWEST,
        /** The oldest arrivals first. */
        OLDEST;

        /** The order a page's sort names by its first property ({@link #SORTABLE}); unsorted, earliest due first. */
        static Order of(Sort sort) {
            return sort.stream()
                    .findFirst()
                    .map(order -> switch (order.getProperty()) {
                        case DUE_AT -> order.isAscending() ? DUE_FIRST : DUE_LAST;
                        case CREATED_AT -> order.isAscending() ? OLDEST : NEWEST;
                        default ->
                            throw PetitionException.invalid(
                                    "sort",
                                    "constraint.sort-property",
                                    order.getProperty(),
                                    String.join(", ", SORTABLE));
                    })
                    .orElse(DUE_FIRST);
        }
    }

    /** Beyond the counted tasks, one more than the pages read so far: there is a next page. */
    private static long total(QueueQuery query, Pageable page) {
        long counted = query.countUpToLimit();
        return counted < QueueQuery.COUNTED_UP_TO
                ? counted
                : Math.max(counted, page.getOffset() + page.getPageSize() + 1);
    }

    /**
     * The stage's running limit (its warning and due date) where it has one; else the due date the model gave the
     * task from {@code time-limits} when it opened, which no door may change.
     */
    private static StageDueDates.Limit limitOf(Task task, Map<String, StageDueDates.Limit> limits) {
        StageDueDates.Limit limit = limits.get(task.getTaskDefinitionKey());
        if (limit != null) {
            return limit;
        }
        return new StageDueDates.Limit(
                null, task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> ids = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /**
     * One open task and the case it belongs to, with its warning (none for a stage without a running limit) and the
     * working days left until it is due (today included, negative once overdue).
     */
    public record WorkItem(
            String taskId,
            Stage stage,
            String taskName,
            String assignee,
            Instant createdAt,
            Instant warnAt,
            Instant dueAt,
            Integer remainingWorkingDays,
            String trackingNumber,
            String subject,
            String status,
            String category,
            String urgency,
            String region,
            String bureau) {

        static WorkItem of(Task task, Complaint complaint, StageDueDates.Limit limit, Integer remainingWorkingDays) {
            return new WorkItem(
                    task.getId(),
                    Stage.ofTaskKey(task.getTaskDefinitionKey()),
                    task.getName(),
                    task.getAssignee(),
                    task.getCreateTime().toInstant(),
                    limit.warnAt(),
                    limit.dueAt(),
                    remainingWorkingDays,
                    complaint.getTrackingNumber(),
                    complaint.getSubject(),
                    complaint.getStatus().name(),
                    complaint.getCategory().name(),
                    complaint.getUrgency().name(),
                    complaint.getRegion().getCode(),
                    complaint.getCurrentBureau() == null
                            ? null
                            : complaint.getCurrentBureau().getCode());
        }
    }
}
