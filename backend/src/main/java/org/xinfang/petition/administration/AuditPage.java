package org.xinfang.petition.administration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.xinfang.petition.audit.AuditSearch;
import org.xinfang.petition.audit.AuditSearch.Entry;
import org.xinfang.petition.audit.AuditSearch.Filter;
import org.xinfang.petition.audit.AuditVerification;
import org.xinfang.petition.shared.SortableBy;
import org.xinfang.petition.web.PageController;
import org.xinfang.petition.web.Pager;

/**
 * 审计日志 in the workbench: the audit API's search with its filters (days in Beijing time), the CSV export of the
 * same search, and the verification of the chain with its result.
 */
@PageController
@RequestMapping("/workbench/admin/audit")
class AuditPage {

    private final AuditSearch search;
    private final AuditVerification verification;
    private final Clock clock;

    AuditPage(AuditSearch search, AuditVerification verification, Clock clock) {
        this.search = search;
        this.verification = verification;
        this.clock = clock;
    }

    @GetMapping
    String search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @SortableBy({"seq", "occurredAt", "actor", "action"})
                    @PageableDefault(size = 20, sort = "seq", direction = Sort.Direction.DESC)
                    Pageable pageable,
            Model model) {
        Filter filter = new Filter(
                blankToNull(actor),
                blankToNull(action),
                blankToNull(trackingNumber),
                from == null ? null : startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
        Page<Entry> page = search.search(filter, pageable);
        model.addAttribute("page", page);
        model.addAttribute("pager", Pager.of(page));
        // As asked: the search orders the pending entries by a sort key of its own before the sequence number.
        model.addAttribute("order", Pager.sortOf(pageable.getSort()));
        model.addAttribute("filter", filter);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("exportUrl", exportUrl(filter));
        return "admin/audit";
    }

    /** Walks the whole chain against this node's anchor file and says whether it is intact. */
    @PostMapping("/verification")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", verification.verify());
        return "redirect:/workbench/admin/audit";
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The audit API's export of the same search: the browser's session is an administrator's there too. */
    private static String exportUrl(Filter filter) {
        return UriComponentsBuilder.fromPath("/api/v1/admin/audit/export")
                .queryParamIfPresent("actor", Optional.ofNullable(filter.actor()))
                .queryParamIfPresent("action", Optional.ofNullable(filter.action()))
                .queryParamIfPresent("trackingNumber", Optional.ofNullable(filter.trackingNumber()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .encode()
                .build()
                .toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
