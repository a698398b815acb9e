package org.xinfang.petition.survey;

import java.time.YearMonth;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's turn: a draw and an import of the month's service users hold the month's row until they commit, so an
 * import is either in the population the draw reads or refused because the month is drawn. Only those two wait on
 * it, and only for the same month.
 */
@Component
class SurveyMonthLock {

    private final JdbcTemplate jdbc;

    SurveyMonthLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the month's row (made on first use) until the caller's transaction ends. The row is locked first and made
     * only when missing: an insert that finds the row takes a shared lock on it, and two of those waiting to lock it
     * for update would deadlock each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void hold(YearMonth month) {
        if (lock(month)) {
            return;
        }
        try {
            jdbc.update("insert into survey_month_lock (survey_month) values (?)", month.toString());
        } catch (DuplicateKeyException madeAtOnce) {
            // Another draw or import made the row at the same moment: lock it like they do.
            lock(month);
        }
    }

    private boolean lock(YearMonth month) {
        return !jdbc.queryForList(
                        "select survey_month from survey_month_lock where survey_month = ? for update",
                        String.class,
                        month.toString())
                .isEmpty();
    }
}
