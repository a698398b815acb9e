package org.xinfang.petition.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param perBureau how many people are drawn from each bureau and source (a stratum) when no share is set; a stratum
 *     with fewer people is drawn whole
 * @param share the part of each stratum drawn, e.g. 0.2 for 20%, rounded up and at least one person; when set it
 *     replaces {@code per-bureau}
 * @param maxTries how many unanswered calls make a person unreachable
 * @param satisfiedFrom the overall score (0 to 100) from which a reached person counts as satisfied
 * @param officeName the office's name as the surveyor introduces themselves in the call script
 * @param maxImportSize the largest list of service users a clerk may import at once (a CSV or .xlsx file)
 * @param maxImportRows the most rows such a list may have
 */
@ConfigurationProperties("petition.survey")
record SurveyProperties(
        @DefaultValue("10") int perBureau,
        Double share,
        @DefaultValue("3") int maxTries,
        @DefaultValue("60") int satisfiedFrom,
        @DefaultValue("公安局信访办") String officeName,
        @DefaultValue("2MB") DataSize maxImportSize,
        @DefaultValue("5000") int maxImportRows) {}
