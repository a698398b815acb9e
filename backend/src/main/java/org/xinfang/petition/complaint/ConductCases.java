package org.xinfang.petition.complaint;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/** {@link Complaint#concernsConduct()} as a query criterion, for the lists of the discipline inspectors. */
public final class ConductCases {

    private ConductCases() {}

    public static Predicate of(CriteriaBuilder cb, Path<Complaint> complaint) {
        return cb.or(
                cb.equal(complaint.get("category"), Category.POLICE_CONDUCT),
                cb.isNotNull(complaint.get("accusedOfficer")),
                cb.isNotNull(complaint.get("accusedUnit")));
    }
}
