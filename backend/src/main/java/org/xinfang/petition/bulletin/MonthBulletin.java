package org.xinfang.petition.bulletin;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xinfang.petition.assessment.PublishedResults.ExcludedCase;
import org.xinfang.petition.assessment.PublishedResults.PublishedBureau;
import org.xinfang.petition.assessment.PublishedResults.PublishedMonth;

/**
 * What a month's bulletin says: its title, every bureau in the order of the ranking (by level, the province's
 * department, the cities' bureaus, the counties'; the ranked by place, then those not ranked) with the change against
 * the month before where that month was closed too, and the cases left out. The PDF and the workbook both show this.
 *
 * @param previous the month before as published, or {@code null} when it is not closed
 */
record MonthBulletin(PublishedMonth month, PublishedMonth previous) {

    private static final Comparator<PublishedBureau> RANKING = Comparator.comparing(PublishedBureau::level)
            .thenComparing(bureau -> bureau.rank() == null ? Integer.MAX_VALUE : bureau.rank())
            .thenComparing(PublishedBureau::code);

    YearMonth yearMonth() {
        return month.month();
    }

    /** 2026年5月 全省公安信访工作考核通报. */
    String title() {
        return "%d年%d月 全省公安信访工作考核通报"
                .formatted(yearMonth().getYear(), yearMonth().getMonthValue());
    }

    List<Line> lines() {
        return month.bureaus().stream()
                .sorted(RANKING)
                .map(bureau -> new Line(
                        bureau,
                        previous == null ? null : previous.bureau(bureau.code()).orElse(null)))
                .toList();
    }

    List<ExcludedCase> exclusions() {
        return month.exclusions();
    }

    /** The name of the bureau with the code, as published, or the code. */
    String bureauName(String code) {
        return Optional.ofNullable(code)
                .flatMap(month::bureau)
                .map(PublishedBureau::nameZh)
                .orElse(code == null ? "" : code);
    }

    /**
     * A bureau's line: the month and, where it was published too, the month before.
     *
     * @param before the bureau's month before, or {@code null}
     */
    record Line(PublishedBureau bureau, PublishedBureau before) {

        /** The score's change, or {@code null} when either month has none. */
        BigDecimal scoreChange() {
            return before == null || before.total() == null || bureau.total() == null
                    ? null
                    : bureau.total().subtract(before.total());
        }

        /** Places risen (positive) or fallen (negative), or {@code null} when either month did not rank it. */
        Integer rankChange() {
            return before == null || before.rank() == null || bureau.rank() == null
                    ? null
                    : before.rank() - bureau.rank();
        }
    }
}
