package org.xinfang.petition.survey;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.xinfang.petition.shared.PetitionException;

/** A survey's month as the API names it, {@code yyyy-MM}; anything else is 400 naming {@code month}. */
final class SurveyMonth {

    private SurveyMonth() {}

    static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw PetitionException.invalid("month", "survey.month-invalid");
        }
    }
}
