package org.xinfang.petition.evaluation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ratingChangeWindow how long after first rating a reply the complainant may change the verdict; after it
 *     the verdict stands
 */
@ConfigurationProperties("petition.evaluation")
record EvaluationProperties(@DefaultValue("7d") Duration ratingChangeWindow) {}
