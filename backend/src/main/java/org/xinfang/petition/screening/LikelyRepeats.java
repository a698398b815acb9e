package org.xinfang.petition.screening;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;

/**
 * 疑似重复件: the earlier cases of the same complainant, received within {@code petition.repeats.window} before a
 * case and no later than it, whose matter is at least {@code petition.repeats.threshold} similar. The complainant
 * is matched by the blind index of the resident ID number, never by the number itself. Only the petition office
 * sees them: they tell of the complainant's other cases.
 */
@Service
@Transactional(readOnly = true)
public class LikelyRepeats {

    private final Cases cases;
    private final List<MatterText> matterTexts;
    private final RepeatProperties properties;
    private final CurrentStaff currentStaff;
    private final CaseScopes scopes;

    LikelyRepeats(
            Cases cases,
            List<MatterText> matterTexts,
            RepeatProperties properties,
            CurrentStaff currentStaff,
            CaseScopes scopes) {
        this.cases = cases;
        this.matterTexts = matterTexts;
        this.properties = properties;
        this.currentStaff = currentStaff;
        this.scopes = scopes;
    }

    /** The likely originals of a case, for a clerk of the petition office; others are refused. */
    public List<LikelyRepeat> forCase(String trackingNumber) {
        if (!currentStaff.get().hasRole(Role.CLERK)) {
            throw PetitionException.forbidden("access-denied");
        }
        return of(scopes.visible(cases.get(trackingNumber)));
    }

    /** The likely originals of a case, the most similar first (the latest first among equals). */
    public List<LikelyRepeat> of(Complaint complaint) {
        return similar(complaint, complaint.getReceivedAt().minus(properties.window()))
                .sorted(Comparator.comparingDouble(Similar::score)
                        .reversed()
                        .thenComparing(similar -> similar.earlier().getReceivedAt(), Comparator.reverseOrder()))
                .limit(properties.maxSuggestions())
                .map(similar -> LikelyRepeat.of(similar.earlier(), similar.score()))
                .toList();
    }

    /** The earlier cases of the same complainant about a similar matter, received since then (null: ever). */
    List<Complaint> similarEarlierCases(Complaint complaint, Instant since) {
        return similar(complaint, since).map(Similar::earlier).toList();
    }

    private Stream<Similar> similar(Complaint complaint, Instant since) {
        String complainant = complaint.getComplainant().getResidentIdIndex();
        if (complainant == null) {
            return Stream.empty();
        }
        Specification<Complaint> earlierOfSameComplainant = (root, query, cb) -> cb.and(
                cb.equal(root.get("complainant").get("residentIdIndex"), complainant),
                since == null ? cb.conjunction() : cb.greaterThanOrEqualTo(root.get("receivedAt"), since),
                cb.lessThanOrEqualTo(root.get("receivedAt"), complaint.getReceivedAt()),
                cb.notEqual(root.get("id"), complaint.getId()));
        String matter = matterOf(complaint);
        return cases.matching(earlierOfSameComplainant).stream()
                .map(earlier -> new Similar(earlier, MatterSimilarity.between(matter, matterOf(earlier))))
                .filter(similar -> similar.score() >= properties.threshold());
    }

    private String matterOf(Complaint complaint) {
        return matterTexts.stream().map(text -> text.of(complaint)).collect(Collectors.joining("\n"));
    }

    private record Similar(Complaint earlier, double score) {}
}
