package org.xinfang.petition.survey;

import java.time.Instant;
import java.util.List;

/** A month's draw as the API shows it: the seed that reproduces it, and each stratum's population and sample. */
record DrawView(
        String month,
        long seed,
        int questionnaireVersion,
        int population,
        int drawn,
        String drawnBy,
        Instant drawnAt,
        List<StratumView> strata) {

    static DrawView of(SurveyDraw draw) {
        List<StratumView> strata = draw.getStrata().stream()
                .map(stratum -> new StratumView(
                        stratum.getUnitCode(), stratum.getSource(), stratum.getPopulation(), stratum.getDrawn()))
                .toList();
        return new DrawView(
                draw.getMonth(),
                draw.getSeed(),
                draw.getQuestionnaireVersion(),
                draw.getPopulation(),
                strata.stream().mapToInt(StratumView::drawn).sum(),
                draw.getDrawnBy(),
                draw.getDrawnAt(),
                strata);
    }

    record StratumView(String unitCode, SurveySource source, int population, int drawn) {}
}
