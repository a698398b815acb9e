package org.xinfang.petition.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;

/**
 * What the assessment shows beyond itself (the monitoring screen): the public's satisfaction month by month, each
 * source on its own, over the bureaus a viewer sees; and the ranking of the latest month closed, as published.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentHighlights {

    private final Indicators indicators;
    private final MonthlyAssessments months;
    private final Organisation organisation;
    private final Clock clock;

    AssessmentHighlights(Indicators indicators, MonthlyAssessments months, Organisation organisation, Clock clock) {
        this.indicators = indicators;
        this.months = months;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * Satisfaction over the bureaus {@code inScope} accepts, the {@code count} months up to this one (so far),
     * oldest first: the complainants' ratings (好差评), the office's callbacks (回访) and the window evaluators (评价器).
     */
    public List<MonthSatisfaction> satisfactionByMonth(int count, Predicate<OrgUnit> inScope) {
        ZoneId zone = clock.getZone();
        YearMonth now = YearMonth.now(clock);
        List<MonthSatisfaction> result = new ArrayList<>();
        for (YearMonth month = now.minusMonths(count - 1L); !month.isAfter(now); month = month.plusMonths(1)) {
            Map<String, Figures> byBureau = indicators.satisfaction(
                    month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            Figures all = byBureau.entrySet().stream()
                    .filter(bureau ->
                            organisation.unit(bureau.getKey()).filter(inScope).isPresent())
                    .map(Map.Entry::getValue)
                    .reduce(Figures.NONE, Figures::plus);
            result.add(new MonthSatisfaction(
                    month,
                    new Share(all.ratingsSatisfied(), all.ratings()),
                    new Share(all.callbackSatisfied(), all.calledBack()),
                    new Share(all.windowSatisfied(), all.windowRatings())));
        }
        return result;
    }

    /** The latest month closed with every bureau's place, score and grade as published; none before the first. */
    public Optional<PublishedRanking> latestRanking() {
        return months.latestClosed()
                .map(month -> new PublishedRanking(
                        month.month(),
                        month.bureaus().stream()
                                .map(bureau -> new RankedBureau(
                                        bureau.code(),
                                        bureau.nameZh(),
                                        bureau.nameEn(),
                                        bureau.level(),
                                        bureau.rank(),
                                        bureau.score().total(),
                                        bureau.score().grade() == null
                                                ? null
                                                : bureau.score().grade().name(),
                                        bureau.ineligibleForHonours(),
                                        bureau.notRanked()))
                                .toList()));
    }

    /** One month's satisfaction, each source on its own. */
    public record MonthSatisfaction(YearMonth month, Share rating, Share callback, Share window) {}

    /** Satisfied (满意 or 基本满意) of counted; the share in per cent to one decimal, none when nothing was counted. */
    public record Share(long satisfied, long counted) {

        public Double percent() {
            return counted == 0 ? null : Math.round(1000.0 * satisfied / counted) / 10.0;
        }
    }

    /** A closed month's ranking, every level's bureaus in their order. */
    public record PublishedRanking(YearMonth month, List<RankedBureau> bureaus) {}

    /** A bureau's place ({@code null}: not ranked, and why), total and grade, and whether it lost its honours. */
    public record RankedBureau(
            String code,
            String nameZh,
            String nameEn,
            AdminLevel level,
            Integer rank,
            BigDecimal total,
            String grade,
            boolean ineligibleForHonours,
            String notRanked) {}
}
