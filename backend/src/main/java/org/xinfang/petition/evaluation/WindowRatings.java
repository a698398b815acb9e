package org.xinfang.petition.evaluation;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 评价器: a window evaluator rates the service just given. The device proves itself by its id and key; the rating
 * takes the device's unit (never the request's), one of the device's services, the verdict and, for 不满意, a reason
 * from a fixed list: nothing that could carry personal data. At most {@code
 * petition.evaluation.evaluator-ratings-per-minute} in any minute per device, counted in the database under the
 * device's row lock, so that ratings sent at once from any nodes never pass the limit.
 */
@Service
public class WindowRatings {

    static final Duration MINUTE = Duration.ofMinutes(1);

    private final EvaluatorDeviceRepository devices;
    private final WindowRatingRepository ratings;
    private final EvaluatorKeys keys;
    private final EvaluationProperties properties;
    private final Clock clock;

    WindowRatings(
            EvaluatorDeviceRepository devices,
            WindowRatingRepository ratings,
            EvaluatorKeys keys,
            EvaluationProperties properties,
            Clock clock) {
        this.devices = devices;
        this.ratings = ratings;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records a rating from the device with this id and key. An unknown device, a wrong key and a revoked device are
     * all refused the same way (401); a service the device does not rate, or a reason with a verdict other than
     * 不满意, is 400 naming the field; over the device's limit, 429 with Retry-After.
     */
    @Transactional
    public RatedView rate(String deviceId, String key, RatingRequest request) {
        EvaluatorDevice device = authenticated(deviceId, key);
        if (!device.rates(request.service())) {
            throw PetitionException.invalid("service", "evaluator.service-not-rated");
        }
        if (request.reason() != null && request.verdict() != Verdict.UNSATISFIED) {
            throw PetitionException.invalid("reason", "evaluator.reason-only-unsatisfied");
        }
        Instant now = clock.instant();
        RecentRatings recent = ratings.recent(device.getId(), now.minus(MINUTE));
        if (recent.count() >= properties.evaluatorRatingsPerMinute()) {
            Duration wait = Duration.between(now, recent.earliest().plus(MINUTE));
            throw PetitionException.tooManyRequests(wait, "evaluator.rate-limited", wait.toSeconds());
        }
        WindowRating rating = ratings.save(new WindowRating(
                device.getId(), device.getUnitCode(), request.service(), request.verdict(), request.reason(), now));
        return new RatedView(
                rating.getUnitCode(),
                rating.getService(),
                rating.getVerdict(),
                rating.getReason(),
                rating.getRatedAt());
    }

    /** The device under its row lock, if the id and key are its and it is not revoked; else 401, saying no more. */
    private EvaluatorDevice authenticated(String deviceId, String key) {
        Long id = parsedId(deviceId);
        if (id == null || key == null || key.isEmpty()) {
            throw PetitionException.unauthenticated("evaluator.unauthenticated");
        }
        return devices.findForUpdate(id)
                .filter(device -> keys.matches(key, device.getKeyHash()))
                .filter(device -> !device.isRevoked())
                .orElseThrow(() -> PetitionException.unauthenticated("evaluator.unauthenticated"));
    }

    private static Long parsedId(String deviceId) {
        if (deviceId == null
                || deviceId.isEmpty()
                || deviceId.length() > 18
                || !deviceId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.valueOf(deviceId);
    }

    /**
     * What a device sends: the service, the verdict and, for 不满意, a reason code. Any other field is refused, so
     * that nothing else (a name, a phone, a comment) can ride along.
     */
    public record RatingRequest(
            @NotNull @PlainText @Size(max = 64) String service,
            @NotNull Verdict verdict,
            WindowRatingReason reason) {

        @JsonAnySetter
        @SuppressWarnings("DoNotCallSuggester") // called by Jackson for each field not declared above, to refuse it
        void refuseUnknown(String field, Object value) {
            throw PetitionException.invalid(field, "evaluator.unknown-field");
        }
    }

    /** What was recorded: the device's unit, the service, the verdict, the reason and when. */
    public record RatedView(
            String unitCode, String service, Verdict verdict, WindowRatingReason reason, Instant ratedAt) {}
}
