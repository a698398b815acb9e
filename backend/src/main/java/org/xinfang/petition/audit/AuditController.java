package org.xinfang.petition.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.audit.AuditSearch.Entry;
import org.xinfang.petition.audit.AuditSearch.Filter;
import org.xinfang.petition.audit.AuditVerification.Result;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;
import org.xinfang.petition.shared.SortableBy;

/** 审计日志 for administrators: search, export, verify the chain. */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditController {

    private final AuditSearch search;
    private final AuditVerification verification;
    private final AuditSeal seal;

    AuditController(AuditSearch search, AuditVerification verification, AuditSeal seal) {
        this.search = search;
        this.verification = verification;
        this.seal = seal;
    }

    /** Searches the audit trail by actor, action, record and time, for administrators. */
    @GetMapping
    Page<Entry> search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @SortableBy({"seq", "occurredAt", "actor", "action", "trackingNumber"})
                    @PageableDefault(size = 50, sort = "seq", direction = Sort.Direction.DESC)
                    Pageable page) {
        return search.search(new Filter(actor, action, trackingNumber, from, to), page);
    }

    /** The audit entries the search finds, as CSV. */
    @GetMapping(value = "/export", produces = "text/csv")
    void export(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        search.export(new Filter(actor, action, trackingNumber, from, to), out);
    }

    /**
     * Verifies the whole chain against this node's anchor file and the checkpoints given (lines as the log
     * collector kept them); reports the first broken entry, if any. A line that is not a checkpoint sealed with the
     * audit key is refused, naming it.
     */
    @PostMapping("/verification")
    Result verify(@RequestBody(required = false) @Valid Checkpoints body) {
        List<String> lines = body == null || body.checkpoints() == null ? List.of() : body.checkpoints();
        List<Checkpoint> given = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            given.add(Optional.ofNullable(lines.get(i))
                    .flatMap(seal::authentic)
                    .orElseThrow(() ->
                            PetitionException.invalid("checkpoints[" + index + "]", "constraint.audit-checkpoint")));
        }
        return verification.verify(given, List.of());
    }

    /** Checkpoints to verify against, each an {@code AUDIT-ANCHOR …} line. */
    record Checkpoints(@Size(max = MAX_CHECKPOINTS) List<@PlainText @Size(max = MAX_LINE) String> checkpoints) {

        static final int MAX_CHECKPOINTS = 1000;
        static final int MAX_LINE = 1000;
    }
}
