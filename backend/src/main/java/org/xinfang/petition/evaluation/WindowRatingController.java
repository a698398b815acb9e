package org.xinfang.petition.evaluation;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.evaluation.WindowRatings.RatedView;
import org.xinfang.petition.evaluation.WindowRatings.RatingRequest;

/**
 * 评价器接口: window evaluators and kiosks send their ratings here, with no staff login: the device's id and key in
 * the {@code X-Evaluator-Id} and {@code X-Evaluator-Key} headers, checked by {@link WindowRatings}.
 */
@RestController
class WindowRatingController {

    static final String DEVICE_ID = "X-Evaluator-Id";
    static final String DEVICE_KEY = "X-Evaluator-Key";

    private final WindowRatings ratings;

    WindowRatingController(WindowRatings ratings) {
        this.ratings = ratings;
    }

    /** A window evaluator's rating of a service (好差评), authenticated by its id and key; no personal data. */
    @ApiResponse(responseCode = "429", description = "评价过于频繁 · the device's ratings are used up for now")
    @PostMapping("/api/v1/evaluator/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    RatedView rate(
            @RequestHeader(name = DEVICE_ID, required = false) String deviceId,
            @RequestHeader(name = DEVICE_KEY, required = false) String key,
            @Valid @RequestBody RatingRequest request) {
        return ratings.rate(deviceId, key, request);
    }
}
