package org.xinfang.petition.screening;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;

/**
 * 三级终结, the model's gateway after registration ({@code ${settledMatters.found(execution)}}): whether the filed
 * matter was closed for good after re-review in an earlier case of the same complainant. The number of that case
 * goes with the answer, in the transient variable {@value #SETTLED_IN}.
 */
@Component("settledMatters")
public class SettledMatters {

    static final String SETTLED_IN = "settledIn";

    private final LikelyRepeats repeats;

    SettledMatters(LikelyRepeats repeats) {
        this.repeats = repeats;
    }

    public boolean found(DelegateExecution execution) {
        String settledIn = repeats.settledLike(execution.getProcessBusinessKey())
                .map(Complaint::getTrackingNumber)
                .orElse(null);
        execution.setVariable(SETTLED_IN, Variables.stringValue(settledIn, true));
        return settledIn != null;
    }
}
