package org.xinfang.petition.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searching and exporting the trail, for administrators and assessors. Entries not chained yet are found too,
 * marked pending (no sequence number, link or seal yet); in the order of the sequence number they come after the
 * chained ones, as they will be chained.
 */
@Service
public class AuditSearch {

    private static final int EXPORT_PAGE = 1000;
    static final String EXPORTED = "AUDIT_EXPORTED";
    private static final String SEQ = "seq";

    private final AuditEntryRepository entries;
    private final AuditTrail trail;
    private final TransactionTemplate snapshot;

    AuditSearch(AuditEntryRepository entries, AuditTrail trail, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.trail = trail;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Transactional(readOnly = true)
    public Page<Entry> search(Filter filter, Pageable page) {
        Pageable inTrailOrder = PageRequest.of(page.getPageNumber(), page.getPageSize(), inTrailOrder(page.getSort()));
        return entries.findAll(filter.toSpecification(), inTrailOrder).map(Entry::of);
    }

    /**
     * The entry of the trail with this sequence number if it is a full view of a complainant's identity: the
     * evidence when such a view leaked the complainant's details (泄露信访人信息).
     */
    @Transactional(readOnly = true)
    public Optional<Entry> identityView(long seq) {
        return entries.findBySeq(seq)
                .filter(entry -> AuditTrail.COMPLAINANT_VIEWED.equals(entry.getAction()))
                .map(Entry::of);
    }

    /**
     * Writes every matching entry as CSV (UTF-8 with a BOM so spreadsheet programs read Chinese), in one snapshot
     * so that entries chained meanwhile are neither skipped nor repeated; the export is itself audited (it carries
     * client addresses), before it is written.
     */
    void export(Filter filter, Writer out) {
        trail.recordView(EXPORTED, filter.trackingNumber(), "CSV export: " + filter);
        snapshot.executeWithoutResult(status -> write(filter, out));
    }

    private void write(Filter filter, Writer out) {
        try {
            out.write('\ufeff');
            out.write("seq,occurred_at,actor,roles,unit,action,tracking_number,detail,client_address,previous_hash,"
                    + "key_version,hash,state\n");
            int pageNumber = 0;
            Page<AuditEntry> page;
            do {
                page = entries.findAll(
                        filter.toSpecification(),
                        PageRequest.of(pageNumber++, EXPORT_PAGE, inTrailOrder(Sort.by(SEQ))));
                for (AuditEntry entry : page) {
                    out.write(String.join(
                            ",",
                            List.of(
                                    entry.isPending() ? "" : String.valueOf(entry.getSeq()),
                                    entry.getOccurredAt().toString(),
                                    csv(entry.getActor()),
                                    csv(entry.getActorRoles()),
                                    csv(entry.getActorUnit()),
                                    csv(entry.getAction()),
                                    csv(entry.getTrackingNumber()),
                                    csv(entry.getDetail()),
                                    csv(entry.getClientAddress()),
                                    nz(entry.getPreviousHash()),
                                    entry.getKeyVersion() == null
                                            ? ""
                                            : entry.getKeyVersion().toString(),
                                    nz(entry.getHash()),
                                    entry.isPending() ? "pending" : "chained")));
                    out.write('\n');
                }
            } while (page.hasNext());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sorting by sequence number puts the pending entries last (ascending) or first, then in writing order. */
    private static Sort inTrailOrder(Sort requested) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : requested) {
            if (order.getProperty().equals(SEQ)) {
                orders.add(order.withProperty("pendingLast"));
                orders.add(order);
                orders.add(order.withProperty("id"));
            } else {
                orders.add(order);
            }
        }
        return Sort.by(orders);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** Quotes every field, and defuses spreadsheet formulas. */
    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** The filters of a search; all optional. */
    public record Filter(String actor, String action, String trackingNumber, Instant from, Instant to) {

        Specification<AuditEntry> toSpecification() {
            Specification<AuditEntry> spec = Specification.unrestricted();
            if (actor != null) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("actor"), actor));
            }
            if (action != null) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("action"), action));
            }
            if (trackingNumber != null) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("trackingNumber"), trackingNumber));
            }
            if (from != null) {
                spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), to));
            }
            return spec;
        }
    }

    /** An entry as administrators see it; a pending one has no sequence number, link or seal yet. */
    public record Entry(
            boolean pending,
            Long seq,
            Instant occurredAt,
            String actor,
            String roles,
            String unit,
            String action,
            String trackingNumber,
            String detail,
            String clientAddress,
            String previousHash,
            Integer keyVersion,
            String hash) {
        static Entry of(AuditEntry entry) {
            return new Entry(
                    entry.isPending(),
                    entry.getSeq(),
                    entry.getOccurredAt(),
                    entry.getActor(),
                    entry.getActorRoles(),
                    entry.getActorUnit(),
                    entry.getAction(),
                    entry.getTrackingNumber(),
                    entry.getDetail(),
                    entry.getClientAddress(),
                    entry.getPreviousHash(),
                    entry.getKeyVersion(),
                    entry.getHash());
        }
    }
}
