package org.xinfang.petition.caseview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.screening.CaseScreening;
import org.xinfang.petition.screening.Flag;
import org.xinfang.petition.shared.PetitionException;

/**
 * The filters of a case list. {@code region} takes a province, city or county code and matches every case in
 * that region and below it; {@code bureau} is a unit code; {@code flag} keeps the cases with that screening flag.
 * {@code q} is a whole tracking number or words in the subject (kept in plain text, unlike the complainant); {@code
 * receivedFrom} and {@code receivedTo} are days (ISO dates) in the system's time zone, both included.
 */
public record CaseFilter(
        ComplaintStatus status,
        String bureau,
        String region,
        Category category,
        Urgency urgency,
        Flag flag,
        String q,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo) {

    /** The longest text searched for: a subject has at most 200 characters. */
    static final int MAX_SEARCH = 200;

    /** Refuses a search longer than any subject, and a period that ends before it starts (naming its end). */
    void check() {
        if (q != null && q.strip().length() > MAX_SEARCH) {
            throw PetitionException.invalid("q", "constraint.Size", MAX_SEARCH, 1);
        }
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw PetitionException.invalid("receivedTo", "indicator.period-reversed");
        }
    }

    Specification<Complaint> toSpecification(String regionPrefix, ZoneId zone) {
        Specification<Complaint> spec = Specification.unrestricted();
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (bureau != null) {
            spec = spec.and(
                    (root, query, cb) -> cb.equal(root.get("currentBureau").get("code"), bureau));
        }
        if (regionPrefix != null) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("region").get("code"), regionPrefix + "%"));
        }
        if (category != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category"), category));
        }
        if (urgency != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("urgency"), urgency));
        }
        if (flag != null) {
            spec = spec.and(CaseScreening.flagged(flag));
        }
        if (q != null && !q.isBlank()) {
            String text = q.strip();
            String pattern =
                    "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.equal(root.get("trackingNumber"), text.toUpperCase(Locale.ROOT)),
                    cb.like(root.get("subject"), pattern, '\\')));
        }
        if (receivedFrom != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(
                    root.get("receivedAt"), receivedFrom.atStartOfDay(zone).toInstant()));
        }
        if (receivedTo != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(
                    root.get("receivedAt"),
                    receivedTo.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return spec;
    }
}
