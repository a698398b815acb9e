package org.xinfang.petition.caseview;

import org.springframework.data.jpa.domain.Specification;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.screening.CaseScreening;
import org.xinfang.petition.screening.Flag;

/**
 * The filters of a case list. {@code region} takes a province, city or county code and matches every case in
 * that region and below it; {@code bureau} is a unit code; {@code flag} keeps the cases with that screening flag.
 */
public record CaseFilter(
        ComplaintStatus status, String bureau, String region, Category category, Urgency urgency, Flag flag) {

    Specification<Complaint> toSpecification(String regionPrefix) {
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
        return spec;
    }
}
