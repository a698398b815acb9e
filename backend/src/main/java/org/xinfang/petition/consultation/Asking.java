package org.xinfang.petition.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.abuse.LookupThrottle;
import org.xinfang.petition.abuse.SubmissionRateLimit;
import org.xinfang.petition.consultation.ConsultationProcess.Var;
import org.xinfang.petition.intake.QueryCodes;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.TrackingNumbers;

/**
 * 在线咨询: anyone asks, without an account, and gets a tracking number and a one-time query code (kept only as a
 * keyed hash, see {@link QueryCodes}) to read the answer with; the row and the process start in one transaction. Questions are limited per
 * client address like the citizen's filings.
 */
@Service
public class Asking {

    /** 咨询: the prefix of a consultation's tracking number. */
    private static final String PREFIX = "ZX";

    private final ConsultationRepository consultations;
    private final Organisation organisation;
    private final TrackingNumbers trackingNumbers;
    private final QueryCodes queryCodes;
    private final ConsultationTimeline timeline;
    private final RuntimeService runtime;
    private final SubmissionRateLimit rateLimit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Asking(
            ConsultationRepository consultations,
            Organisation organisation,
            TrackingNumbers trackingNumbers,
            QueryCodes queryCodes,
            ConsultationTimeline timeline,
            RuntimeService runtime,
            SubmissionRateLimit rateLimit,
            TransactionTemplate transaction,
            Clock clock) {
        this.consultations = consultations;
        this.organisation = organisation;
        this.trackingNumbers = trackingNumbers;
        this.queryCodes = queryCodes;
        this.timeline = timeline;
        this.runtime = runtime;
        this.rateLimit = rateLimit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Checks the question, then takes one of the client address's submissions (see {@link SubmissionRateLimit})
     * and writes it in a transaction of its own.
     */
    public AskedConsultation ask(AskRequest request, String clientAddress) {
        String regionCode = request.region() == null || request.region().isBlank()
                ? null
                : organisation
                        .region(request.region().strip())
                        .orElseThrow(() -> PetitionException.invalid("region", "constraint.unknown-region"))
                        .getCode();
        return rateLimit.submit(clientAddress, () -> transaction.execute(status -> write(request, regionCode)));
    }

    private AskedConsultation write(AskRequest request, String regionCode) {
        Region region = regionCode == null ? null : organisation.regionReference(regionCode);
        String name = request.askerName() == null || request.askerName().isBlank()
                ? null
                : request.askerName().strip();
        AskedConsultation asked = new AskedConsultation(uniqueTrackingNumber(regionCode), trackingNumbers.queryCode());
        Consultation consultation = consultations.save(new Consultation(
                asked.trackingNumber(),
                queryCodes.hash(asked.trackingNumber(), asked.queryCode()),
                name,
                request.category(),
                region,
                request.question().strip(),
                clock.instant()));
        timeline.record(consultation, ConsultationEventType.ASKED, null, null);
        runtime.startProcessInstanceByKey(
                ConsultationProcess.KEY,
                asked.trackingNumber(),
                Variables.createVariables()
                        .putValue(Var.CATEGORY, request.category().name())
                        .putValue(Var.REGION, regionCode));
        return asked;
    }

    /**
     * The asker's view, by tracking number and query code; a wrong code looks exactly like an unknown number, and
     * counts as a failed lookup for the throttle. Writes only to keep a query code of the old form in the keyed
     * form.
     */
    @Transactional
    AskerView view(String trackingNumber, String queryCode) {
        Consultation consultation =
                consultations.findByTrackingNumber(trackingNumber).orElse(null);
        String stored = consultation == null ? null : consultation.getQueryCodeHash();
        if (!queryCodes.opens(trackingNumber, queryCode, stored)) {
            throw PetitionException.notFound(LookupThrottle.FAILURE);
        }
        queryCodes.rehashed(trackingNumber, queryCode, stored).ifPresent(consultation::rehashQueryCode);
        List<AskerView.Event> events = timeline.of(consultation).stream()
                .filter(event -> event.getType().isVisibleToAsker())
                .map(event -> new AskerView.Event(event.getType().name(), event.getOccurredAt(), event.getPublicNote()))
                .toList();
        return AskerView.of(consultation, events);
    }

    private String uniqueTrackingNumber(String regionCode) {
        String candidate = trackingNumbers.next(PREFIX, regionCode);
        while (consultations.existsByTrackingNumber(candidate)) {
            candidate = trackingNumbers.next(PREFIX, regionCode);
        }
        return candidate;
    }

    /** What the asker keeps: the number to follow the question and the code that opens it (shown once). */
    public record AskedConsultation(String trackingNumber, String queryCode) {}

    /** The asker's own view: their question, its progress and the answer; no staff names or internal notes. */
    record AskerView(
            String trackingNumber,
            String status,
            String category,
            String question,
            Instant askedAt,
            Instant dueAt,
            String answer,
            Instant answeredAt,
            boolean published,
            Instant publishedAt,
            List<Event> events) {

        static AskerView of(Consultation consultation, List<Event> events) {
            return new AskerView(
                    consultation.getTrackingNumber(),
                    consultation.getStatus().name(),
                    consultation.getCategory().name(),
                    consultation.getQuestion(),
                    consultation.getAskedAt(),
                    consultation.getDueAt(),
                    consultation.getAnswer(),
                    consultation.getAnsweredAt(),
                    consultation.isPublished(),
                    consultation.getPublishedAt(),
                    events);
        }

        record Event(String type, Instant occurredAt, String note) {}
    }
}
