package org.xinfang.petition.supervision;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.supervision.Inspection.ConclusionRequest;
import org.xinfang.petition.supervision.Inspection.FlagRequest;
import org.xinfang.petition.supervision.Inspection.OrderRequest;
import org.xinfang.petition.supervision.RaisingAccountability.RaiseRequest;

/**
 * The supervisors' API (inspectors, discipline inspectors, the petition office's leader), each request limited to the
 * supervisor's own scope ({@link SupervisorScopes}).
 */
@RestController
@RequestMapping("/api/v1/supervision")
class SupervisionController {

    private final SupervisionBoard board;
    private final Inspection inspection;
    private final SupervisionQueries queries;
    private final WeeklySummary summary;
    private final RaisingAccountability raising;
    private final InspectionVisits visits;

    SupervisionController(
            SupervisionBoard board,
            Inspection inspection,
            SupervisionQueries queries,
            WeeklySummary summary,
            RaisingAccountability raising,
            InspectionVisits visits) {
        this.board = board;
        this.inspection = inspection;
        this.queries = queries;
        this.summary = summary;
        this.raising = raising;
        this.visits = visits;
    }

    /** 督办看板: overdue and at-risk cases; sort by dueAt, startedAt, stage, receivedAt, trackingNumber, … */
    @GetMapping("/board")
    Page<BoardRow> board(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String bureau,
            @RequestParam(required = false) DeadlineStage stage,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Integer minDaysOverdue,
            @RequestParam(defaultValue = "1") int dueWithin,
            @SortableBy({"dueAt", "startedAt", "stage", "receivedAt", "trackingNumber", "category", "region", "bureau"})
                    @PageableDefault(size = 20, sort = "dueAt", direction = Sort.Direction.ASC)
                    Pageable page) {
        return board.board(new BoardFilter(region, bureau, stage, category, minDaysOverdue, dueWithin), page);
    }

    /** 挂牌督办: supervision before the case is overdue, at the supervisor's level (the office's: the first above the unit). */
    @PostMapping("/cases/{trackingNumber}/flag")
    ResponseEntity<Void> flag(@PathVariable String trackingNumber, @Valid @RequestBody FlagRequest request) {
        inspection.flag(trackingNumber, request.reason());
        return ResponseEntity.noContent().build();
    }

    /** 下发督办单: on the case's supervision task, by one of its candidates. */
    @PostMapping("/cases/{trackingNumber}/orders")
    ResponseEntity<OrderView> issueOrder(
            @PathVariable String trackingNumber, @Valid @RequestBody OrderRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(inspection.issueOrder(trackingNumber, request.instructions(), request.workingDays()));
    }

    /** 督办单: supervision orders of the scope, by status, level, issuing unit or case. */
    @GetMapping("/orders")
    Page<OrderView> orders(
            @RequestParam(required = false) SupervisionOrderStatus status,
            @RequestParam(required = false) AdminLevel level,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String trackingNumber,
            @SortableBy({"id", "issuedAt", "dueAt", "answeredAt", "endedAt", "status"})
                    @PageableDefault(size = 20, sort = "issuedAt", direction = Sort.Direction.DESC)
                    Pageable page) {
        return queries.orders(status, level, unit, trackingNumber, page);
    }

    /** 问责: the accountability records of the scope, by status, behaviour, unit or case. */
    @GetMapping("/accountability")
    Page<AccountabilityView> accountability(
            @RequestParam(required = false) AccountabilityStatus status,
            @RequestParam(required = false) AccountabilityBehaviour behaviour,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String trackingNumber,
            @SortableBy({"id", "createdAt", "concludedAt", "status"})
                    @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC)
                    Pageable page) {
        return queries.accountability(status, behaviour, unit, trackingNumber, page);
    }

    /** 问责: raised by an inspector or a discipline inspector for a behaviour of the catalogue, with facts and evidence. */
    @PostMapping("/accountability")
    ResponseEntity<AccountabilityView> raise(@Valid @RequestBody RaiseRequest request) {
        AccountabilityView raised = raising.raise(request);
        return ResponseEntity.created(URI.create("/api/v1/supervision/accountability/" + raised.id()))
                .body(raised);
    }

    /** 问责统计: records per unit of the scope and behaviour, written in [from, to) (dates, Beijing). */
    @GetMapping("/accountability/statistics")
    List<SupervisionQueries.BehaviourCount> accountabilityStatistics(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return queries.accountabilityByBehaviour(from, to);
    }

    /** What came of an accountability record, recorded by a supervisor above the bureau. */
    @PostMapping("/accountability/{id}/conclusion")
    AccountabilityView conclude(@PathVariable long id, @Valid @RequestBody ConclusionRequest request) {
        return inspection.conclude(id, request.outcome());
    }

    /** 明查暗访、突击检查: a visit to a unit of the supervisor's scope, with its findings. */
    @PostMapping("/visits")
    ResponseEntity<InspectionVisits.VisitView> recordVisit(@Valid @RequestBody InspectionVisits.VisitRequest request) {
        InspectionVisits.VisitView recorded = visits.record(request);
        return ResponseEntity.created(URI.create("/api/v1/supervision/visits/" + recorded.id()))
                .body(recorded);
    }

    /** 明查暗访: the inspection visits to the units of the scope, by unit and kind. */
    @GetMapping("/visits")
    Page<InspectionVisits.VisitView> visits(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) VisitKind kind,
            @SortableBy({"id", "visitedOn", "createdAt"})
                    @PageableDefault(size = 20, sort = "visitedOn", direction = Sort.Direction.DESC)
                    Pageable page) {
        return visits.list(unit, kind, page);
    }

    /** 督办周报 of an ISO week ({@code 2026-W23}), the current one by default. */
    @GetMapping("/summary")
    WeeklySummary.Summary summary(@RequestParam(required = false) String week) {
        return summary.of(week);
    }
}
