package org.xinfang.petition.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.assessment.UnitIndicators.Rates;
import org.xinfang.petition.organization.AdminLevel;

/**
 * The closed months as they were published, for the modules that report them (the bulletin): each bureau's figures,
 * score, grade, place and honours eligibility, and the exclusions (剔除) that left cases out of the month. It checks no
 * access: its callers decide who may see what they make of it.
 */
@Service
@Transactional(readOnly = true)
public class PublishedResults {

    /**
     * The approved exclusions, decided before the month was closed, of cases with a timeline line in the month: the
     * cases its published figures left out. The bureau is the one that had the case in the month.
     */
    private static final String EXCLUSIONS = "select c.tracking_number,"
            + " (select min(e.bureau_code) from case_event e where e.complaint_id = x.complaint_id"
            + " and e.occurred_at >= ? and e.occurred_at < ?) bureau,"
            + " x.reason, x.proposed_by, x.decided_by, x.decided_at"
            + " from assessment_exclusion x join complaint c on c.id = x.complaint_id"
            + " where x.status = 'APPROVED' and x.decided_at <= ? and exists (select 1 from case_event e"
            + " where e.complaint_id = x.complaint_id and e.occurred_at >= ? and e.occurred_at < ?)"
            + " order by x.decided_at, x.id";

    private final ClosedMonthRepository closedMonths;
    private final FrozenResultRepository frozenResults;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ZoneId zone;

    PublishedResults(
            ClosedMonthRepository closedMonths,
            FrozenResultRepository frozenResults,
            JdbcTemplate jdbc,
            ObjectMapper json,
            Clock clock) {
        this.closedMonths = closedMonths;
        this.frozenResults = frozenResults;
        this.jdbc = jdbc;
        this.json = json;
        this.zone = clock.getZone();
    }

    /** The month as published, if it is closed. */
    public Optional<PublishedMonth> of(YearMonth month) {
        return closedMonths
                .findById(month.toString())
                .map(closed -> new PublishedMonth(
                        month,
                        closed.getClosedAt(),
                        closed.getClosedBy(),
                        frozenResults.findByMonthOrderByIdAsc(month.toString()).stream()
                                .map(result -> published(read(result.getFigures())))
                                .toList(),
                        exclusions(month, closed.getClosedAt())));
    }

    /** The closed months from {@code from} on, oldest first. */
    public List<YearMonth> closedSince(YearMonth from) {
        return closedMonths.findAll().stream()
                .map(closed -> YearMonth.parse(closed.getId()))
                .filter(month -> !month.isBefore(from))
                .sorted()
                .toList();
    }

    private List<ExcludedCase> exclusions(YearMonth month, Instant closedAt) {
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp to =
                Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        return jdbc.query(
                EXCLUSIONS,
                (row, i) -> new ExcludedCase(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getTimestamp(6).toInstant()),
                from,
                to,
                Timestamp.from(closedAt),
                from,
                to);
    }

    private static PublishedBureau published(BureauAssessment bureau) {
        Figures figures = bureau.indicators().figures();
        Rates rates = bureau.indicators().rates();
        CompositeScore score = bureau.score();
        return new PublishedBureau(
                bureau.code(),
                bureau.nameZh(),
                bureau.nameEn(),
                bureau.level(),
                new PublishedFigures(
                        figures.received(),
                        figures.accepted(),
                        figures.returned(),
                        figures.overdue(),
                        figures.extensions(),
                        figures.replied(),
                        figures.concluded(),
                        figures.supervisionOrders(),
                        figures.accountability(),
                        rates.onTimeSignFor().value(),
                        rates.onTimeCompletion().value(),
                        rates.returns().value(),
                        rates.reopenings().value(),
                        rates.repeatPetitions().value(),
                        rates.resolution().value(),
                        rates.callbackSatisfaction().value(),
                        rates.ratingSatisfaction().value()),
                score.publicEvaluation(),
                score.work(),
                score.deductions(),
                score.total(),
                score.grade() == null ? null : score.grade().name(),
                bureau.rank(),
                bureau.notRanked(),
                bureau.ineligibleForHonours());
    }

    private BureauAssessment read(String figures) {
        try {
            return json.readValue(figures, BureauAssessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A closed month: when and by whom it was closed, every bureau as published, and the cases left out. */
    public record PublishedMonth(
            YearMonth month,
            Instant closedAt,
            String closedBy,
            List<PublishedBureau> bureaus,
            List<ExcludedCase> exclusions) {

        public Optional<PublishedBureau> bureau(String code) {
            return bureaus.stream().filter(b -> b.code().equals(code)).findFirst();
        }
    }

    /**
     * A bureau's published month ({@code docs/indicators.md}).
     *
     * @param grade {@code EXCELLENT}, {@code QUALIFIED} or {@code UNQUALIFIED}; {@code null} when not scored
     * @param rank its place among the ranked bureaus of its level, or {@code null} when not ranked
     * @param notRanked why not ranked ({@code too-few-cases}, {@code not-scored}), or {@code null}
     * @param ineligibleForHonours last of its level (取消评先资格)
     */
    public record PublishedBureau(
            String code,
            String nameZh,
            String nameEn,
            AdminLevel level,
            PublishedFigures figures,
            BigDecimal publicEvaluation,
            BigDecimal work,
            BigDecimal deductions,
            BigDecimal total,
            String grade,
            Integer rank,
            String notRanked,
            boolean ineligibleForHonours) {}

    /** The bureau's own counts and rates (shares 0–1, {@code null} when there was nothing to count). */
    public record PublishedFigures(
            long received,
            long accepted,
            long returned,
            long overdue,
            long extensions,
            long replied,
            long concluded,
            long supervisionOrders,
            long accountability,
            Double onTimeSignForRate,
            Double onTimeCompletionRate,
            Double returnRate,
            Double reopenRate,
            Double repeatPetitionRate,
            Double resolutionRate,
            Double callbackSatisfactionRate,
            Double ratingSatisfactionRate) {}

    /** 剔除: a case left out of the month, why, who proposed it and who approved it when. */
    public record ExcludedCase(
            String trackingNumber,
            String bureauCode,
            String reason,
            String proposedBy,
            String decidedBy,
            Instant decidedAt) {}
}
