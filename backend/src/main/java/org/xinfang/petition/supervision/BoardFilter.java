package org.xinfang.petition.supervision;

import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.shared.PetitionException;

/**
 * The filters of the inspectors' board. {@code region} takes a province, city or county code and matches the
 * cases of that region and below it; {@code bureau} is a unit code; {@code minDaysOverdue} keeps the cases
 * overdue by at least that many working days; {@code dueWithin} is how many working days ahead a running limit
 * counts as at risk.
 */
public record BoardFilter(
        String region, String bureau, DeadlineStage stage, Category category, Integer minDaysOverdue, int dueWithin) {

    static final int MAX_DAYS = 366;
    static final int MAX_DUE_WITHIN = 20;

    public BoardFilter {
        if (minDaysOverdue != null && minDaysOverdue < 1) {
            throw PetitionException.invalid("minDaysOverdue", "constraint.Min", 1);
        }
        if (minDaysOverdue != null && minDaysOverdue > MAX_DAYS) {
            throw PetitionException.invalid("minDaysOverdue", "constraint.Max", MAX_DAYS);
        }
        if (dueWithin < 0) {
            throw PetitionException.invalid("dueWithin", "constraint.Min", 0);
        }
        if (dueWithin > MAX_DUE_WITHIN) {
            throw PetitionException.invalid("dueWithin", "constraint.Max", MAX_DUE_WITHIN);
        }
    }
}
