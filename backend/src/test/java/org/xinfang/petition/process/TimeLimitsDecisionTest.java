package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.support.PetitionTest;

/** {@code time-limits}: the limit of each stage and how long before it the handler is warned, by urgency. */
@PetitionTest
class TimeLimitsDecisionTest {

  @Autowired
  DecisionService decisions;

  /** The same for every category today; the decision may come to tell them apart. */
  @ParameterizedTest(name = "{0} {1}: within {2}, warned {3} before")
  @CsvSource({
      "TRIAGE,   NORMAL, P15D,  P1D",
      "TRIAGE,   URGENT, P15D,  P1D",
      "DISPATCH, NORMAL, P15D,  P1D",
      "DISPATCH, URGENT, P15D,  P1D",
      "SIGN_FOR, NORMAL, P1D,   PT4H",
      "SIGN_FOR, URGENT, PT30M, PT10M",
      "HANDLING, NORMAL, P60D,  P1D",
      "HANDLING, URGENT, P15D,  P1D",
      "CALLBACK, NORMAL, P5D,   P1D",
      "CALLBACK, URGENT, P5D,   P1D",
      "REVIEW,   NORMAL, P30D,  P1D",
      "REVIEW,   URGENT, P30D,  P1D"})
  void eachStageHasItsLimitAndWarningByUrgency(String stage, Urgency urgency, String limit, String warnBefore) {
    for (Category category : Category.values()) {
      DmnDecisionResultEntries result = evaluate(stage, urgency, category);
      assertThat(result).as("a limit for %s %s %s", stage, urgency, category).isNotNull();
      assertThat(result.<String>getEntry("limit")).as("limit for %s", category).isEqualTo(limit);
      assertThat(result.<String>getEntry("warnBefore")).as("warning for %s", category).isEqualTo(warnBefore);
    }
    assertThat(Duration.parse(warnBefore)).as("the warning comes before the limit").isLessThan(Duration.parse(limit));
  }

  @Test
  void unknownStageHasNoLimit() {
    assertThat(evaluate("EXTENSION", Urgency.NORMAL, Category.OTHER)).isNull();
  }

  DmnDecisionResultEntries evaluate(String stage, Urgency urgency, Category category) {
    return decisions.evaluateDecisionByKey(ComplaintProcess.TIME_LIMITS_DECISION)
        .variables(Variables.createVariables()
            .putValue("stage", stage).putValue("urgency", urgency.name()).putValue("category", category.name()))
        .evaluate()
        .getSingleResult();
  }
}
