package org.xinfang.petition.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param window how far before a case's received time an earlier case of the same complainant counts as a likely
 *     original.
 * @param threshold the least similarity (0 to 1, cosine of character bigrams) of two matters for a suggestion.
 * @param maxSuggestions at most this many likely originals are suggested, the most similar first.
 */
@ConfigurationProperties("petition.repeats")
record RepeatProperties(
        @DefaultValue("90d") Duration window,
        @DefaultValue("0.35") double threshold,
        @DefaultValue("10") int maxSuggestions) {}
