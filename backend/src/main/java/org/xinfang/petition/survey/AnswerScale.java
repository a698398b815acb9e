package org.xinfang.petition.survey;

import java.util.List;

/** What an answer may be: a verdict (满意, 基本满意, 不满意) or a score from 0 to 100. */
enum AnswerScale {
    VERDICT,
    SCORE;

    static final List<String> VERDICTS = List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED");

    boolean admits(String answer) {
        if (this == VERDICT) {
            return VERDICTS.contains(answer);
        }
        return answer.matches("\\d{1,3}") && Integer.parseInt(answer) <= 100;
    }

    /** Whether an admitted answer counts as satisfied: 满意 or 基本满意, or a score from the threshold up. */
    boolean satisfied(String answer, int satisfiedFrom) {
        return this == VERDICT ? !answer.equals("UNSATISFIED") : Integer.parseInt(answer) >= satisfiedFrom;
    }
}
