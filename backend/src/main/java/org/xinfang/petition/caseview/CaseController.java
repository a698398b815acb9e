package org.xinfang.petition.caseview;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.shared.SortableBy;

@RestController
@RequestMapping("/api/v1/complaints")
class CaseController {

    private final CaseQueries queries;

    CaseController(CaseQueries queries) {
        this.queries = queries;
    }

    /** Cases the caller may see, filtered by status, bureau, region (and below), category and urgency. */
    @GetMapping
    Page<CaseSummary> list(
            CaseFilter filter,
            @SortableBy({"receivedAt", "dueAt", "closedAt", "trackingNumber", "status", "category", "urgency", "channel"
                    })
                    @PageableDefault(size = 20, sort = "receivedAt", direction = Sort.Direction.DESC)
                    Pageable page) {
        return queries.list(filter, page);
    }

    /** A case's full record and timeline. */
    @GetMapping("/{trackingNumber}")
    CaseDetail detail(@PathVariable String trackingNumber) {
        return queries.detail(trackingNumber);
    }

    /**
     * The complainant's full identity (name, ID number, phone, address), for the petition office and the handling
     * bureau; refused (403) to others and whenever confidentiality applies. Every view is written to the audit log.
     */
    @GetMapping("/{trackingNumber}/complainant")
    CaseDetail.Person complainant(@PathVariable String trackingNumber) {
        return queries.complainant(trackingNumber);
    }
}
