package org.xinfang.petition.screening;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Complaint;

/** A case's screening flags for the case lists and detail: read them, and filter cases by them. */
@Service
@Transactional(readOnly = true)
public class CaseScreening {

    private final CaseFlagsRepository flags;

    CaseScreening(CaseFlagsRepository flags) {
        this.flags = flags;
    }

    /** The case's flags; none for a case filed before flags were kept. */
    public FlagsView flagsOf(Complaint complaint) {
        return flags.findById(complaint.getId()).map(FlagsView::of).orElse(FlagsView.NONE);
    }

    /** The flags of many cases at once (a page of a list), by complaint id; cases without flags are left out. */
    public Map<Long, List<Flag>> flagsOf(Collection<Long> complaintIds) {
        return flags.findByComplaintIdIn(complaintIds).stream()
                .collect(Collectors.toMap(CaseFlags::getComplaintId, caseFlags -> List.copyOf(caseFlags.flags())));
    }

    /** The cases that carry the flag. */
    public static Specification<Complaint> flagged(Flag flag) {
        String attribute = switch (flag) {
            case JOINT -> "joint";
            case GROUP -> "groupComplaint";
            case SKIP_LEVEL -> "skipLevel";
        };
        return (root, query, cb) -> {
            Subquery<Long> flaggedCases = query.subquery(Long.class);
            Root<CaseFlags> caseFlags = flaggedCases.from(CaseFlags.class);
            flaggedCases.select(caseFlags.get("complaintId")).where(cb.isTrue(caseFlags.get(attribute)));
            return root.get("id").in(flaggedCases);
        };
    }
}
