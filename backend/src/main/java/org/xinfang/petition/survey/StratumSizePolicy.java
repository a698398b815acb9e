package org.xinfang.petition.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * How many of a stratum are drawn: the configured share rounded up and at least one, or else the configured size;
 * never more than the stratum holds.
 */
@Component
class StratumSizePolicy {

    private final SurveyProperties properties;

    StratumSizePolicy(SurveyProperties properties) {
        this.properties = properties;
    }

    int sampleOf(int population) {
        if (population == 0) {
            return 0;
        }
        int wanted = properties.share() == null
                ? properties.perBureau()
                : Math.max(
                        1,
                        BigDecimal.valueOf(properties.share())
                                .multiply(BigDecimal.valueOf(population))
                                .setScale(0, RoundingMode.CEILING)
                                .intValueExact());
        return Math.min(wanted, population);
    }
}
