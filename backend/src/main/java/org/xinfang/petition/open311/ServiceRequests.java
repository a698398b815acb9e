package org.xinfang.petition.open311;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.complaint.TimelineEvent;
import org.xinfang.petition.deadline.DeadlineView;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.disclosure.PublicTexts;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * {@code GET requests}, {@code GET requests/{id}} and {@code GET tokens/{token}}: the public view of our cases, open
 * to anyone, so it never names the complainant (no name, ID number, phone or address: the address is the case's
 * region) and gives the description only of a case that is not confidential and accuses no one, masked of the
 * case's own personal data as a reply's public summary is. The id is the tracking number; the status is open until
 * our status is a terminal one (docs/open311.md); the agency is the bureau the case is with, or the petition
 * office; the expected time is the live limit of the stage the case is in.
 */
@Service
class ServiceRequests {

    /** The specification's answer volume: a span of 90 days at most, and the first 1000 requests. */
    static final Duration SPAN = Duration.ofDays(90);

    static final int LIMIT = 1000;

    private final Cases cases;
    private final CaseTimeline timeline;
    private final Deadlines deadlines;
    private final PublicTexts publicTexts;
    private final Organisation organisation;
    private final Messages messages;
    private final Clock clock;

    ServiceRequests(
            Cases cases,
            CaseTimeline timeline,
            Deadlines deadlines,
            PublicTexts publicTexts,
            Organisation organisation,
            Messages messages,
            Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.publicTexts = publicTexts;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The requests asked for: by id (comma-delimited, overriding every other argument), or received within the
     * range (90 days at most, by default the last 90) of the services and statuses given (all by default), newest
     * first, 1000 at most.
     */
    @Transactional(readOnly = true)
    List<GeoReport.Request> find(Query query, Locale locale) {
        if (query.ids() != null && !query.ids().isBlank()) {
            return cases.withNumbers(split(query.ids())).stream()
                    .map(complaint -> view(complaint, locale))
                    .toList();
        }
        Specification<Complaint> matching = matching(range(query), categories(query), terminal(query));
        return cases.matching(matching, PageRequest.of(0, LIMIT, Sort.by(Sort.Direction.DESC, "receivedAt")))
                .map(complaint -> view(complaint, locale))
                .toList();
    }

    @Transactional(readOnly = true)
    GeoReport.Request get(String id, Locale locale) {
        return cases.find(id)
                .map(complaint -> view(complaint, locale))
                .orElseThrow(() -> PetitionException.notFound("open311.request-not-found", id));
    }

    /** Our requests are realtime: a token is the tracking number a client kept, and is answered with itself. */
    @Transactional(readOnly = true)
    GeoReport.Token token(String token) {
        if (!cases.exists(token)) {
            throw PetitionException.notFound("open311.token-not-found", token);
        }
        return new GeoReport.Token(token, token);
    }

    /** The arguments of {@code GET requests}, as sent (each may be null). */
    record Query(String ids, String serviceCodes, String statuses, String startDate, String endDate) {}

    private record Range(Instant from, Instant until) {}

    private GeoReport.Request view(Complaint complaint, Locale locale) {
        ComplaintStatus status = complaint.getStatus();
        OrgUnit agency = complaint.getCurrentBureau() != null
                ? complaint.getCurrentBureau()
                : organisation.petitionOffice().orElse(null);
        boolean describable = !complaint.isConfidential()
                && complaint.getAccusedUnit() == null
                && complaint.getAccusedOfficer() == null;
        return new GeoReport.Request(
                complaint.getTrackingNumber(),
                status.isTerminal() ? "closed" : "open",
                messages.text(locale, "status." + status.name()),
                messages.text(locale, "category." + complaint.getCategory().name()),
                complaint.getCategory().name(),
                describable ? publicTexts.maskedSummary(complaint) : null,
                agency == null ? null : agency.bilingualName().in(locale),
                null,
                w3(complaint.getReceivedAt()),
                w3(updatedAt(complaint)),
                deadlines
                        .current(complaint)
                        .map(DeadlineView::dueAt)
                        .map(this::w3)
                        .orElse(null),
                Messages.ENGLISH.getLanguage().equals(locale.getLanguage())
                        ? complaint.getRegion().getNameEn()
                        : complaint.getRegion().getNameZh());
    }

    /** A closed case's closing; else the last line of its timeline. */
    private Instant updatedAt(Complaint complaint) {
        if (complaint.getStatus().isTerminal() && complaint.getClosedAt() != null) {
            return complaint.getClosedAt();
        }
        return timeline.of(complaint).stream()
                .map(TimelineEvent::getOccurredAt)
                .max(Instant::compareTo)
                .orElse(complaint.getReceivedAt());
    }

    private String w3(Instant instant) {
        return instant == null
                ? null
                : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), clock.getZone())
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** From and until: both given, one given and the other 90 days from it, or the last 90 days. */
    private Range range(Query query) {
        Instant start = instant("start_date", query.startDate());
        Instant end = instant("end_date", query.endDate());
        if (start == null && end == null) {
            end = clock.instant();
        }
        if (start == null) {
            start = end.minus(SPAN);
        } else if (end == null) {
            end = start.plus(SPAN);
        }
        if (end.isBefore(start)) {
            throw PetitionException.invalid("end_date", "open311.end-before-start");
        }
        if (Duration.between(start, end).compareTo(SPAN) > 0) {
            throw PetitionException.invalid("end_date", "open311.span-too-long", SPAN.toDays());
        }
        return new Range(start, end);
    }

    private static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw PetitionException.invalid(parameter, "open311.not-a-datetime");
        }
    }

    private static List<Category> categories(Query query) {
        return query.serviceCodes() == null || query.serviceCodes().isBlank()
                ? List.of()
                : split(query.serviceCodes()).stream()
                        .map(ServiceCatalogue::category)
                        .toList();
    }

    /** Null for both statuses; else whether the closed ones are asked for. */
    private static Boolean terminal(Query query) {
        if (query.statuses() == null || query.statuses().isBlank()) {
            return null;
        }
        List<String> statuses = split(query.statuses());
        for (String status : statuses) {
            if (!status.equals("open") && !status.equals("closed")) {
                throw PetitionException.invalid("status", "open311.unknown-status", status);
            }
        }
        return (statuses.contains("open") && statuses.contains("closed")) ? null : statuses.contains("closed");
    }

    private static Specification<Complaint> matching(Range range, List<Category> categories, Boolean terminal) {
        return (complaint, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.between(complaint.get("receivedAt"), range.from(), range.until()));
            if (!categories.isEmpty()) {
                all.add(complaint.get("category").in(categories));
            }
            if (terminal != null) {
                all.add(complaint
                        .get("status")
                        .in(Arrays.stream(ComplaintStatus.values())
                                .filter(status -> status.isTerminal() == terminal)
                                .toList()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static List<String> split(String commaDelimited) {
        return Arrays.stream(commaDelimited.split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }
}
