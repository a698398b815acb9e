package org.xinfang.petition.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.process.WorkQueue;
import org.xinfang.petition.process.WorkQueue.WorkItem;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.supervision.BoardFilter;
import org.xinfang.petition.supervision.BoardRow;
import org.xinfang.petition.supervision.OrderView;
import org.xinfang.petition.supervision.SupervisionBoard;
import org.xinfang.petition.supervision.SupervisionOrderStatus;
import org.xinfang.petition.supervision.SupervisionQueries;
import org.xinfang.petition.supervision.WeeklySummary;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.TimeLeft;

/**
 * The inspectors' pages (督查): the board of overdue and at-risk cases, the supervision orders with their escalations
 * up the organisation tree (and the cases awaiting the inspector's review), and the weekly summary; each calls the service the supervision API calls, so the same
 * scope (the inspector's unit and below) and the same filters hold.
 */
@PageController
class SupervisionPages {

    /** As the API's board: a limit due within this many working days is at risk. */
    private static final int DEFAULT_DUE_WITHIN = 1;
    /** The reviews awaited shown above the orders, earliest due first; more are rare (a second unsatisfied callback). */
    private static final Pageable REVIEWS_SHOWN = PageRequest.of(0, 20);

    private final SupervisionBoard board;
    private final SupervisionQueries queries;
    private final WeeklySummary summary;
    private final WorkQueue queue;
    private final ListFilters filters;
    private final Organisation organisation;
    private final Clock clock;

    SupervisionPages(
            SupervisionBoard board,
            SupervisionQueries queries,
            WeeklySummary summary,
            WorkQueue queue,
            ListFilters filters,
            Organisation organisation,
            Clock clock) {
        this.board = board;
        this.queries = queries;
        this.summary = summary;
        this.queue = queue;
        this.filters = filters;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** One line of the board with its countdown. */
    record BoardLine(BoardRow row, TimeLeft timeLeft) {}

    /** A case awaiting the inspector's review (督查复核) with its countdown. */
    record ReviewLine(WorkItem item, TimeLeft timeLeft) {}

    /** One order with the countdown of the bureau's answer while it is awaited. */
    record OrderLine(OrderView order, TimeLeft timeLeft) {}

    @GetMapping("/workbench/supervision")
    String board(
            @RequestParam MultiValueMap<String, String> params,
            @SortableBy({"dueAt", "startedAt", "stage", "receivedAt", "trackingNumber", "category", "region", "bureau"})
                    @PageableDefault(size = 20, sort = "dueAt", direction = Sort.Direction.ASC)
                    Pageable page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Instant now = clock.instant();
        filters.page(
                params,
                page,
                filter -> board.board(
                                new BoardFilter(
                                        filter.text("region"),
                                        filter.text("bureau"),
                                        filter.choice("stage", DeadlineStage.class),
                                        filter.choice("category", Category.class),
                                        filter.number("minDaysOverdue"),
                                        filter.number("dueWithin") == null
                                                ? DEFAULT_DUE_WITHIN
                                                : filter.number("dueWithin")),
                                page)
                        .map(row -> new BoardLine(
                                row, TimeLeft.of(row.warnAt(), row.dueAt(), row.remainingWorkingDays(), now))),
                model,
                request,
                response);
        model.addAttribute("stages", DeadlineStage.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("regions", organisation.regions());
        return "workbench/supervision/board";
    }

    @GetMapping("/workbench/supervision/orders")
    String orders(
            @RequestParam MultiValueMap<String, String> params,
            @SortableBy({"id", "issuedAt", "dueAt", "answeredAt", "endedAt", "status"})
                    @PageableDefault(size = 20, sort = "issuedAt", direction = Sort.Direction.DESC)
                    Pageable page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Instant now = clock.instant();
        filters.page(
                params,
                page,
                filter -> queries.orders(
                                filter.choice("status", SupervisionOrderStatus.class),
                                filter.choice("level", AdminLevel.class),
                                filter.text("unit"),
                                filter.text("trackingNumber"),
                                page)
                        .map(order -> new OrderLine(order, awaited(order, now))),
                model,
                request,
                response);
        model.addAttribute(
                "reviews",
                queue.forCurrentUser(Stage.INSPECTOR_REVIEW, REVIEWS_SHOWN).stream()
                        .map(item ->
                                new ReviewLine(item, TimeLeft.of(null, item.dueAt(), item.remainingWorkingDays(), now)))
                        .toList());
        model.addAttribute("statuses", SupervisionOrderStatus.values());
        model.addAttribute("levels", AdminLevel.values());
        return "workbench/supervision/orders";
    }

    @GetMapping("/workbench/supervision/summary")
    String summary(
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        filters.apply(params, filter -> summary.of(filter.text("week")), model, locale, response)
                .ifPresent(week -> {
                    model.addAttribute("summary", week);
                    model.addAttribute("previousWeek", isoWeek(week.from().minusWeeks(1)));
                    model.addAttribute("nextWeek", isoWeek(week.from().plusWeeks(1)));
                });
        return "workbench/supervision/summary";
    }

    /** {@code 2026-W23}: the week's parameter, as the summary names its week. */
    private static String isoWeek(LocalDate day) {
        return DateTimeFormatter.ISO_WEEK_DATE.format(day).substring(0, "2026-W23".length());
    }

    /** The bureau's answer is awaited while the order is issued; it counts down to the order's deadline. */
    private static TimeLeft awaited(OrderView order, Instant now) {
        return SupervisionOrderStatus.ISSUED.name().equals(order.status())
                ? TimeLeft.of(null, order.dueAt(), null, now)
                : null;
    }
}
