package org.xinfang.petition.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 排名: bureaus are ranked against the others of their level (the province's department alone, the cities'
 * bureaus, the counties'), by score, highest first; equal scores share a place and the next place is skipped
 * (1, 2, 2, 4). A bureau that received fewer cases in the month than the minimum, or has no score, is listed but not
 * ranked. The last place of a level with at least two ranked bureaus loses its eligibility for honours.
 */
final class Ranking {

    static final String TOO_FEW_CASES = "too-few-cases";
    static final String NOT_SCORED = "not-scored";

    private Ranking() {}

    static List<BureauAssessment> rank(List<BureauAssessment> bureaus, int minimumCases) {
        Map<Object, List<BureauAssessment>> levels = new LinkedHashMap<>();
        bureaus.forEach(bureau ->
                levels.computeIfAbsent(bureau.level(), any -> new ArrayList<>()).add(bureau));
        List<BureauAssessment> ranked = new ArrayList<>();
        levels.values().forEach(level -> ranked.addAll(rankLevel(level, minimumCases)));
        return ranked;
    }

    private static List<BureauAssessment> rankLevel(List<BureauAssessment> level, int minimumCases) {
        List<BureauAssessment> contenders = level.stream()
                .filter(bureau -> reasonNotRanked(bureau, minimumCases) == null)
                .sorted(Comparator.comparing(
                                (BureauAssessment bureau) -> bureau.score().total())
                        .reversed()
                        .thenComparing(BureauAssessment::code))
                .toList();
        List<BureauAssessment> result = new ArrayList<>();
        BigDecimal lastScore = contenders.isEmpty()
                ? null
                : contenders.get(contenders.size() - 1).score().total();
        int place = 0;
        for (int i = 0; i < contenders.size(); i++) {
            BureauAssessment bureau = contenders.get(i);
            if (i == 0
                    || bureau.score()
                                    .total()
                                    .compareTo(contenders.get(i - 1).score().total())
                            != 0) {
                place = i + 1;
            }
            boolean last = contenders.size() > 1 && bureau.score().total().compareTo(lastScore) == 0 && place > 1;
            result.add(bureau.ranked(place, null, last));
        }
        level.stream()
                .filter(bureau -> reasonNotRanked(bureau, minimumCases) != null)
                .sorted(Comparator.comparing(BureauAssessment::code))
                .forEach(bureau -> result.add(bureau.ranked(null, reasonNotRanked(bureau, minimumCases), false)));
        return result;
    }

    private static String reasonNotRanked(BureauAssessment bureau, int minimumCases) {
        if (bureau.indicators().figures().received() < minimumCases) {
            return TOO_FEW_CASES;
        }
        return bureau.score().total() == null ? NOT_SCORED : null;
    }
}
