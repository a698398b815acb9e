package org.xinfang.petition.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searching and exporting the trail, for administrators and assessors. */
@Service
class AuditSearch {

  private static final int EXPORT_PAGE = 1000;
  static final String EXPORTED = "AUDIT_EXPORTED";

  private final AuditEntryRepository entries;
  private final AuditTrail trail;

  AuditSearch(AuditEntryRepository entries, AuditTrail trail) {
    this.entries = entries;
    this.trail = trail;
  }

  @Transactional(readOnly = true)
  Page<Entry> search(Filter filter, Pageable page) {
    return entries.findAll(filter.toSpecification(), page).map(Entry::of);
  }

  /**
   * Writes every matching entry as CSV (UTF-8 with a BOM so spreadsheet programs read Chinese); the export is
   * itself audited (it carries client addresses), before it is written.
   */
  @Transactional(readOnly = true)
  void export(Filter filter, Writer out) {
    trail.recordView(EXPORTED, filter.trackingNumber(), "CSV export: " + filter);
    try {
      out.write('\ufeff');
      out.write("seq,occurred_at,actor,roles,unit,action,tracking_number,detail,client_address,previous_hash,"
          + "key_version,hash\n");
      int pageNumber = 0;
      Page<AuditEntry> page;
      do {
        page = entries.findAll(filter.toSpecification(), PageRequest.of(pageNumber++, EXPORT_PAGE, Sort.by("seq")));
        for (AuditEntry entry : page) {
          out.write(String.join(",", List.of(String.valueOf(entry.getSeq()), entry.getOccurredAt().toString(),
              csv(entry.getActor()), csv(entry.getActorRoles()), csv(entry.getActorUnit()), csv(entry.getAction()),
              csv(entry.getTrackingNumber()), csv(entry.getDetail()), csv(entry.getClientAddress()),
              entry.getPreviousHash(), entry.getKeyVersion() == null ? "" : entry.getKeyVersion().toString(),
              entry.getHash())));
          out.write('\n');
        }
      } while (page.hasNext());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
  record Filter(String actor, String action, String trackingNumber, Instant from, Instant to) {

    Specification<AuditEntry> toSpecification() {
      Specification<AuditEntry> spec = Specification.where(null);
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

  /** An entry as administrators see it. */
  record Entry(long seq, Instant occurredAt, String actor, String roles, String unit, String action,
      String trackingNumber, String detail, String clientAddress, String previousHash, Integer keyVersion,
      String hash) {
    static Entry of(AuditEntry entry) {
      return new Entry(entry.getSeq(), entry.getOccurredAt(), entry.getActor(), entry.getActorRoles(),
          entry.getActorUnit(), entry.getAction(), entry.getTrackingNumber(), entry.getDetail(),
          entry.getClientAddress(), entry.getPreviousHash(), entry.getKeyVersion(), entry.getHash());
    }
  }
}
