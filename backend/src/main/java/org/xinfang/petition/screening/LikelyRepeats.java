package org.xinfang.petition.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.screening.MatterSimilarity.Matter;
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
    private final Clock clock;

    LikelyRepeats(
            Cases cases,
            List<MatterText> matterTexts,
            RepeatProperties properties,
            CurrentStaff currentStaff,
            CaseScopes scopes,
            Clock clock) {
        this.cases = cases;
        this.matterTexts = matterTexts;
        this.properties = properties;
        this.currentStaff = currentStaff;
        this.scopes = scopes;
        this.clock = clock;
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
        return mostSimilar(similar(complaint, complaint.getReceivedAt().minus(properties.window())));
    }

    /**
     * The likely originals of a complaint not yet filed, as an operator takes a call: the cases of the complainant
     * known by {@code residentIdIndex} (the blind index of the ID number) received within the window before now,
     * whose matter is like the subject and content typed so far. For the petition office (its clerks and
     * operators) only, as for a filed case.
     */
    public List<LikelyRepeat> forDraft(String residentIdIndex, String subject, String content) {
        if (!currentStaff.get().hasAnyRole(Role.CLERK, Role.OPERATOR)) {
            throw PetitionException.forbidden("access-denied");
        }
        Instant now = clock.instant();
        String matter = (subject == null ? "" : subject) + "\n" + (content == null ? "" : content);
        return mostSimilar(similar(residentIdIndex, matter, now.minus(properties.window()), now, null));
    }

    private List<LikelyRepeat> mostSimilar(Stream<Similar> found) {
        return found.sorted(Comparator.comparingDouble(Similar::score)
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

    /**
     * 三级终结: the earlier case of the complainant of the case filed under this number about a similar matter that
     * was closed for good after re-review, if any (the most similar). Asked of every filing, so it is one query,
     * which reads the matters only when such a case exists.
     */
    public Optional<Complaint> settledLike(String trackingNumber) {
        List<Complaint> settled = cases.closedForGoodOfTheComplainantOf(trackingNumber);
        if (settled.isEmpty()) {
            return Optional.empty();
        }
        List<String> matters = mattersOf(settled);
        Matter asked = Matter.of(matterOf(cases.get(trackingNumber)));
        return IntStream.range(0, settled.size())
                .mapToObj(i -> new Similar(settled.get(i), asked.likeness(Matter.of(matters.get(i)))))
                .filter(similar -> similar.score() >= properties.threshold())
                .max(Comparator.comparingDouble(Similar::score))
                .map(Similar::earlier);
    }

    private Stream<Similar> similar(Complaint complaint, Instant since) {
        return similar(
                complaint.getComplainant().getResidentIdIndex(),
                matterOf(complaint),
                since,
                complaint.getReceivedAt(),
                complaint.getId());
    }

    /** The cases of a complainant received from {@code since} (null: ever) to {@code until}, but one, like a matter. */
    private Stream<Similar> similar(String complainant, String matter, Instant since, Instant until, Long except) {
        if (complainant == null) {
            return Stream.empty();
        }
        Specification<Complaint> earlierOfSameComplainant = (root, query, cb) -> cb.and(
                cb.equal(root.get("complainant").get("residentIdIndex"), complainant),
                since == null ? cb.conjunction() : cb.greaterThanOrEqualTo(root.get("receivedAt"), since),
                cb.lessThanOrEqualTo(root.get("receivedAt"), until),
                except == null ? cb.conjunction() : cb.notEqual(root.get("id"), except));
        List<Complaint> earlier = cases.matching(earlierOfSameComplainant);
        List<String> earlierMatters = mattersOf(earlier);
        Matter asked = Matter.of(matter);
        return IntStream.range(0, earlier.size())
                .mapToObj(i -> new Similar(earlier.get(i), asked.likeness(Matter.of(earlierMatters.get(i)))))
                .filter(similar -> similar.score() >= properties.threshold());
    }

    private String matterOf(Complaint complaint) {
        return mattersOf(List.of(complaint)).get(0);
    }

    /** The matters of several cases, each source read once for all of them. */
    private List<String> mattersOf(List<Complaint> complaints) {
        List<List<String>> bySource =
                matterTexts.stream().map(text -> text.of(complaints)).toList();
        return IntStream.range(0, complaints.size())
                .mapToObj(i -> bySource.stream().map(texts -> texts.get(i)).collect(Collectors.joining("\n")))
                .toList();
    }

    private record Similar(Complaint earlier, double score) {}
}
