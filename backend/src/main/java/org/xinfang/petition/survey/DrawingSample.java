package org.xinfang.petition.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.shared.PetitionException;

/**
 * 电脑随机抽样: a clerk draws a month's sample once the month is over. The seed is the clerk's or a random one, and
 * is recorded with the draw; each stratum (bureau and source) gives its configured size or share
 * ({@link StratumSizePolicy}) of its population in {@link SeededSample}'s reproducible way. One draw per month: a
 * second, or the loser of two at once, is 409. The draw, its seed, questionnaire version and each stratum's
 * population and sample are audited.
 */
@Service
class DrawingSample {

    static final String DRAWN = "SURVEY_DRAWN";
    static final String STRATUM_DRAWN = "SURVEY_STRATUM_DRAWN";

    private final SurveyPopulation population;
    private final StratumSizePolicy sizes;
    private final Questionnaire questionnaire;
    private final SurveyDrawRepository draws;
    private final SurveyCallRepository calls;
    private final SurveyMonthLock monthLock;
    private final ClerksOnly clerks;
    private final AuditTrail audit;
    private final SecureRandom seeds = new SecureRandom();
    private final Clock clock;

    DrawingSample(
            SurveyPopulation population,
            StratumSizePolicy sizes,
            Questionnaire questionnaire,
            SurveyDrawRepository draws,
            SurveyCallRepository calls,
            SurveyMonthLock monthLock,
            ClerksOnly clerks,
            AuditTrail audit,
            Clock clock) {
        this.population = population;
        this.sizes = sizes;
        this.questionnaire = questionnaire;
        this.draws = draws;
        this.calls = calls;
        this.monthLock = monthLock;
        this.clerks = clerks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DrawView draw(YearMonth month, Long requestedSeed) {
        String drawnBy = clerks.check().username();
        if (!YearMonth.now(clock).isAfter(month)) {
            throw PetitionException.conflict("survey.month-not-over", month);
        }
        monthLock.hold(month);
        if (draws.existsByMonth(month.toString())) {
            throw PetitionException.conflict("survey.drawn", month);
        }
        long seed = requestedSeed != null ? requestedSeed : seeds.nextLong();
        List<Candidate> candidates = population.of(month);
        SurveyDraw draw = claim(new SurveyDraw(
                month.toString(), seed, questionnaire.latestVersion(), candidates.size(), drawnBy, clock.instant()));
        SeededSample sample = new SeededSample(seed);
        Map<Candidate.Stratum, List<Candidate>> strata = candidates.stream()
                .collect(Collectors.groupingBy(Candidate::stratum, LinkedHashMap::new, Collectors.toList()));
        strata.forEach((stratum, members) -> {
            List<Candidate> drawn = sample.draw(members, sizes.sampleOf(members.size()));
            for (int i = 0; i < drawn.size(); i++) {
                calls.save(new SurveyCall(draw.getId(), draw.getMonth(), drawn.get(i), i + 1));
            }
            draw.addStratum(new SurveyStratum(stratum.unitCode(), stratum.source(), members.size(), drawn.size()));
        });
        DrawView view = DrawView.of(draw);
        audit.recordChange(DRAWN, null, describe(view));
        view.strata()
                .forEach(stratum -> audit.recordChange(
                        STRATUM_DRAWN,
                        null,
                        "survey " + view.month() + ", " + stratum.unitCode() + " " + stratum.source() + ": drawn "
                                + stratum.drawn() + " of " + stratum.population()));
        return view;
    }

    @Transactional(readOnly = true)
    public DrawView of(YearMonth month) {
        clerks.check();
        return DrawView.of(drawOf(draws, month));
    }

    /** The month's draw, if it is drawn. */
    @Transactional(readOnly = true)
    public Optional<DrawView> find(YearMonth month) {
        clerks.check();
        return draws.findByMonth(month.toString()).map(DrawView::of);
    }

    static SurveyDraw drawOf(SurveyDrawRepository draws, YearMonth month) {
        return draws.findByMonth(month.toString())
                .orElseThrow(() -> PetitionException.notFound("survey.not-drawn", month));
    }

    /** The month's row first: of two draws at once the second waits on the unique month and loses. */
    private SurveyDraw claim(SurveyDraw draw) {
        try {
            return draws.saveAndFlush(draw);
        } catch (DataIntegrityViolationException drawn) {
            throw PetitionException.conflict("survey.drawn", draw.getMonth());
        }
    }

    private static String describe(DrawView view) {
        return "survey " + view.month() + ", seed " + view.seed() + ", questionnaire v" + view.questionnaireVersion()
                + ", population " + view.population() + ", drawn " + view.drawn() + " in "
                + view.strata().size()
                + " strata";
    }
}
