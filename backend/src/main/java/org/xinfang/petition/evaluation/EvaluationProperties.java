package org.xinfang.petition.evaluation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ratingChangeWindow how long after first rating a reply the complainant may change the verdict; after it
 *     the verdict stands
 * @param evaluatorServices the services a window evaluator (评价器) may be registered to rate, as short codes
 *     (lower-case letters, digits and dashes); each is labelled in the messages as {@code evaluator.service.<code>}
 * @param evaluatorRatingsPerMinute how many ratings one window evaluator may send in any minute; beyond, 429 with
 *     Retry-After
 */
@ConfigurationProperties("petition.evaluation")
record EvaluationProperties(
        @DefaultValue("7d") Duration ratingChangeWindow,

        @DefaultValue({"window-registration", "window-certificates", "complaint-reception"})
        List<String> evaluatorServices,

        @DefaultValue("30") int evaluatorRatingsPerMinute) {}
