package org.xinfang.petition.consultation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.consultation.ConsultationProcess.Step;
import org.xinfang.petition.consultation.ConsultationProcess.Var;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.privacy.Masks;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * The staff side of consultations: the queue and record (scoped by {@link ConsultationAccess}), answering,
 * routing and rerouting by the petition office, and the publication decision. Tasks are completed through
 * {@link CaseTasks}, so the model's candidate groups decide who may act; what a step means is its listener's job.
 */
@Service
public class ConsultationDesk {

    /** When the question was asked: the queue's own order is the oldest first. */
    public static final String ASKED_AT = "askedAt";

    /** When the answer is due. */
    public static final String DUE_AT = "dueAt";

    static final int MAX_REASON = 2000;
    static final int MAX_PAGE_SIZE = 100;

    private final ConsultationRepository repository;
    private final Consultations consultations;
    private final ConsultationAccess access;
    private final ConsultationTimeline timeline;
    private final Departments departments;
    private final CaseTasks caseTasks;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CurrentStaff currentStaff;

    ConsultationDesk(
            ConsultationRepository repository,
            Consultations consultations,
            ConsultationAccess access,
            ConsultationTimeline timeline,
            Departments departments,
            CaseTasks caseTasks,
            TaskService tasks,
            RuntimeService runtime,
            CurrentStaff currentStaff) {
        this.repository = repository;
        this.consultations = consultations;
        this.access = access;
        this.timeline = timeline;
        this.departments = departments;
        this.caseTasks = caseTasks;
        this.tasks = tasks;
        this.runtime = runtime;
        this.currentStaff = currentStaff;
    }

    /**
     * The consultations the caller may see, optionally of one status, in the page's order (by {@link #ASKED_AT} or
     * {@link #DUE_AT}), oldest question first when it names none.
     */
    @Transactional(readOnly = true)
    public Page<QueueItem> queue(ConsultationStatus status, Pageable page) {
        Specification<Consultation> visible = access.visibleTo(currentStaff.get());
        if (status != null) {
            visible = visible.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        return repository
                .findAll(visible, pageRequest(page.getPageNumber(), page.getPageSize(), withTiebreak(page.getSort())))
                .map(QueueItem::of);
    }

    /** The id last, in the direction of the last order: questions asked in the same second keep their place. */
    private static Sort withTiebreak(Sort sort) {
        Sort ordered = sort.isSorted() ? sort : Sort.by(ASKED_AT);
        Sort.Direction direction = ordered.stream()
                .reduce((first, last) -> last)
                .map(Sort.Order::getDirection)
                .orElse(Sort.Direction.ASC);
        return ordered.and(Sort.by(direction, "id"));
    }

    @Transactional(readOnly = true)
    public StaffView detail(String trackingNumber) {
        Consultation consultation = visible(trackingNumber);
        return StaffView.of(
                consultation,
                timeline.of(consultation).stream().map(StaffView.Event::of).toList());
    }

    /** 答复: the department's handler answers. */
    @Transactional
    public void answer(String trackingNumber, String text) {
        Map<String, Object> input = new HashMap<>();
        input.put(Var.TEXT, text);
        complete(visible(trackingNumber), Step.ANSWER, input);
    }

    /**
     * 分派/改派 by the petition office: names the department of a question bureau-routing could not place, or takes
     * a question waiting for its answer to another department (a reason required), whose answer clock starts anew.
     */
    @Transactional
    public void reroute(String trackingNumber, String departmentCode, String reason) {
        access.checkIsPetitionOffice(currentStaff.get());
        Consultation consultation = consultations.get(trackingNumber);
        OrgUnit department = departments.require(departmentCode, Var.DEPARTMENT);
        if (isAt(consultation, Step.ROUTE)) {
            complete(consultation, Step.ROUTE, Map.of(Var.DEPARTMENT, department.getCode()));
            return;
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw PetitionException.invalid(Var.REASON, "constraint.required-for-decision");
        }
        if (why.length() > MAX_REASON) {
            throw PetitionException.invalid(Var.REASON, "constraint.Size", MAX_REASON, 1);
        }
        if (consultation.getDepartment() != null
                && department.getCode().equals(consultation.getDepartment().getCode())) {
            throw PetitionException.invalid(Var.DEPARTMENT, "constraint.same-department");
        }
        try {
            runtime.createMessageCorrelation(ConsultationProcess.Message.REROUTED)
                    .processInstanceBusinessKey(trackingNumber)
                    .setVariable(Var.DEPARTMENT, department.getCode())
                    .setVariable(Var.REASON, why)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw PetitionException.conflict("case.not-at-stage", trackingNumber, Step.ANSWER.label());
        }
    }

    /** 公开决定: the office or the department's leader publishes the Q&A (screened public versions) or not. */
    @Transactional
    public void decidePublication(String trackingNumber, Boolean publish, String publicQuestion, String publicAnswer) {
        Map<String, Object> input = new HashMap<>();
        input.put(Var.PUBLISH, publish);
        input.put(Var.PUBLIC_QUESTION, publicQuestion);
        input.put(Var.PUBLIC_ANSWER, publicAnswer);
        complete(visible(trackingNumber), Step.DECIDE_PUBLICATION, input);
    }

    static PageRequest pageRequest(int page, int size, Sort sort) {
        if (page < 0) {
            throw PetitionException.invalid("page", "constraint.Min", 0);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw PetitionException.invalid(
                    "size", size < 1 ? "constraint.Min" : "constraint.Max", size < 1 ? 1 : MAX_PAGE_SIZE);
        }
        return PageRequest.of(page, size, sort);
    }

    private Consultation visible(String trackingNumber) {
        Consultation consultation = consultations.get(trackingNumber);
        access.checkCanView(currentStaff.get(), consultation);
        return consultation;
    }

    private boolean isAt(Consultation consultation, Step step) {
        return tasks.createTaskQuery()
                        .processDefinitionKey(ConsultationProcess.KEY)
                        .processInstanceBusinessKey(consultation.getTrackingNumber())
                        .taskDefinitionKey(step.taskKey())
                        .count()
                > 0;
    }

    private void complete(Consultation consultation, Step step, Map<String, Object> input) {
        caseTasks.completeTask(
                ConsultationProcess.KEY, consultation.getTrackingNumber(), step.taskKey(), step.label(), input);
    }

    /** A line of the staff queue: no asker name at all. */
    public record QueueItem(
            String trackingNumber,
            String status,
            String category,
            String region,
            String department,
            Instant askedAt,
            Instant dueAt,
            Instant answeredAt) {

        static QueueItem of(Consultation consultation) {
            return new QueueItem(
                    consultation.getTrackingNumber(),
                    consultation.getStatus().name(),
                    consultation.getCategory().name(),
                    consultation.getRegion() == null
                            ? null
                            : consultation.getRegion().getCode(),
                    consultation.getDepartment() == null
                            ? null
                            : consultation.getDepartment().getCode(),
                    consultation.getAskedAt(),
                    consultation.getDueAt(),
                    consultation.getAnsweredAt());
        }
    }

    /** The staff record: the asker's name masked, the whole timeline with internal comments. */
    public record StaffView(
            String trackingNumber,
            String status,
            String askerName,
            String category,
            String region,
            String department,
            String question,
            Instant askedAt,
            Instant dueAt,
            String answer,
            String answeredBy,
            Instant answeredAt,
            boolean published,
            String publicQuestion,
            String publicAnswer,
            Instant publishedAt,
            Instant closedAt,
            List<Event> timeline) {

        static StaffView of(Consultation consultation, List<Event> events) {
            return new StaffView(
                    consultation.getTrackingNumber(),
                    consultation.getStatus().name(),
                    Masks.name(consultation.getAskerName()),
                    consultation.getCategory().name(),
                    consultation.getRegion() == null
                            ? null
                            : consultation.getRegion().getCode(),
                    consultation.getDepartment() == null
                            ? null
                            : consultation.getDepartment().getCode(),
                    consultation.getQuestion(),
                    consultation.getAskedAt(),
                    consultation.getDueAt(),
                    consultation.getAnswer(),
                    consultation.getAnsweredBy(),
                    consultation.getAnsweredAt(),
                    consultation.isPublished(),
                    consultation.getPublicQuestion(),
                    consultation.getPublicAnswer(),
                    consultation.getPublishedAt(),
                    consultation.getClosedAt(),
                    events);
        }

        public record Event(
                String type, String actor, String actorUnit, Instant occurredAt, String comment, String publicNote) {
            static Event of(ConsultationEvent event) {
                return new Event(
                        event.getType().name(),
                        event.getActor(),
                        event.getActorUnit(),
                        event.getOccurredAt(),
                        event.getComment(),
                        event.getPublicNote());
            }
        }
    }

    /** 答复, as the API's body and the workbench's form give it. */
    public record AnswerRequest(@PlainText(lines = true) String text) {}

    /** 分派/改派: the department's unit code, and the reason when the question moves from one to another. */
    public record RerouteRequest(
            @PlainText String department,
            @PlainText(lines = true) String reason) {}

    /** 公开决定, with the screened public versions of the question and the answer. */
    public record PublicationRequest(
            Boolean publish,
            @PlainText(lines = true) String publicQuestion,
            @PlainText(lines = true) String publicAnswer) {}
}
