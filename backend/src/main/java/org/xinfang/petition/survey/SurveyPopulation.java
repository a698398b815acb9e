package org.xinfang.petition.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.Deadlines;

/**
 * Whom a month's draw picks from: every case whose handling limit (the case's due date) ran out in the month,
 * replied or not, under the bureau it was dispatched to, and the service users imported for the month under their
 * unit; without the people drawn in the twelve months before. In the stable order the seeded draw needs: by bureau,
 * source, then tracking number or import row.
 */
@Component
class SurveyPopulation {

    private final Deadlines deadlines;
    private final Cases cases;
    private final ServiceUserRepository serviceUsers;
    private final SurveyCallRepository calls;
    private final Clock clock;

    SurveyPopulation(
            Deadlines deadlines,
            Cases cases,
            ServiceUserRepository serviceUsers,
            SurveyCallRepository calls,
            Clock clock) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.serviceUsers = serviceUsers;
        this.calls = calls;
        this.clock = clock;
    }

    List<Candidate> of(YearMonth month) {
        Map<String, Candidate> byPerson = new LinkedHashMap<>();
        Stream.concat(complainants(month), serviceUsers(month))
                .sorted(Comparator.comparing(Candidate::unitCode)
                        .thenComparing(Candidate::source)
                        .thenComparing(Candidate::stableKey))
                .forEach(candidate -> byPerson.putIfAbsent(candidate.personKey(), candidate));
        if (byPerson.isEmpty()) {
            return List.of();
        }
        String from = month.minusMonths(12).toString();
        String until = month.toString();
        List<String> cases = byPerson.values().stream()
                .filter(candidate -> candidate.complaintId() != null)
                .map(Candidate::personKey)
                .toList();
        List<String> phones = byPerson.values().stream()
                .map(Candidate::phoneIndex)
                .filter(Objects::nonNull)
                .toList();
        Set<String> drawnThisYear = new HashSet<>();
        if (!cases.isEmpty()) {
            drawnThisYear.addAll(calls.drawnBetween(from, until, cases));
        }
        if (!phones.isEmpty()) {
            calls.phonesDrawnBetween(from, until, phones).stream()
                    .map(Candidate::phoneKey)
                    .forEach(drawnThisYear::add);
        }
        return byPerson.values().stream()
                .filter(candidate -> !drawnThisYear.contains(candidate.personKey()))
                .toList();
    }

    private Stream<Candidate> complainants(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        List<Long> ids = deadlines.casesDueWithin(DeadlineStage.HANDLING, from, to);
        if (ids.isEmpty()) {
            return Stream.empty();
        }
        Specification<Complaint> withIds =
                (root, query, builder) -> root.get("id").in(ids);
        return cases.matching(withIds).stream()
                .filter(complaint -> complaint.getCurrentBureau() != null)
                .map(complaint -> Candidate.complainant(
                        complaint.getCurrentBureau().getCode(), complaint.getTrackingNumber(), complaint.getId()));
    }

    private Stream<Candidate> serviceUsers(YearMonth month) {
        return serviceUsers.findByMonthOrderByIdAsc(month.toString()).stream()
                .map(user -> Candidate.serviceUser(user.getUnitCode(), user.getId(), user.getPhoneIndex()));
    }
}
