package org.xinfang.petition.survey;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each bureau's survey results of a month, per source, as far as the calls are recorded: one aggregate over the
 * month's calls (the ranking reads it). A month not drawn has none.
 */
@Service
public class SurveyResults {

    private final SurveyCallRepository calls;

    SurveyResults(SurveyCallRepository calls) {
        this.calls = calls;
    }

    @Transactional(readOnly = true)
    public List<SurveyTally> of(YearMonth month) {
        return calls.talliesOf(month.toString());
    }
}
