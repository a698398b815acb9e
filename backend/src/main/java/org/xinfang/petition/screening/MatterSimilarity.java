package org.xinfang.petition.screening;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How alike two matters are, from 0 to 1: the cosine of their character-bigram counts after normalising the text
 * (NFKC, lower case, letters and digits only). Bigrams suit Chinese, which has no spaces between words, and need
 * no dictionary; "噪声扰民" and "夜间噪声扰民严重" share 噪声, 声扰 and 扰民.
 */
final class MatterSimilarity {

    private MatterSimilarity() {}

    static double between(String a, String b) {
        return Matter.of(a).likeness(Matter.of(b));
    }

    /** A matter's bigram counts, worked out once so that one matter can be compared with many. */
    record Matter(Map<String, Integer> bigrams, double norm) {

        static Matter of(String text) {
            Map<String, Integer> counts = MatterSimilarity.bigrams(text);
            return new Matter(counts, Math.sqrt((double) squares(counts)));
        }

        /** The cosine of the two matters' bigram counts; 0 when either has none. */
        double likeness(Matter other) {
            if (bigrams.isEmpty() || other.bigrams.isEmpty()) {
                return 0;
            }
            long dot = 0;
            for (Map.Entry<String, Integer> entry : bigrams.entrySet()) {
                dot += (long) entry.getValue() * other.bigrams.getOrDefault(entry.getKey(), 0);
            }
            return dot / (norm * other.norm);
        }
    }

    static Map<String, Integer> bigrams(String text) {
        int[] chars = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .toArray();
        Map<String, Integer> counts = new HashMap<>();
        if (chars.length == 1) {
            counts.put(new String(chars, 0, 1), 1);
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            counts.merge(new String(chars, i, 2), 1, Integer::sum);
        }
        return counts;
    }

    private static long squares(Map<String, Integer> counts) {
        return counts.values().stream().mapToLong(count -> (long) count * count).sum();
    }
}
