package org.xinfang.petition.handling;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.shared.PetitionException;

/**
 * 指定办理不得退回: a case the petition office designated to a bureau (the dispatch after three returns) may not
 * be returned by it. The model's gateway {@code gateway_mayReturn} asks
 * {@code noReturnAfterDesignation.forbidsReturn}; that path ends in {@code noReturnAfterDesignation.refuse}, which
 * refuses the completion (409 {@code case.designated-no-return}). Public, as the model's expressions call it.
 */
@Component("noReturnAfterDesignation")
public class NoReturnAfterDesignationPolicy {

    private final Cases cases;

    NoReturnAfterDesignationPolicy(Cases cases) {
        this.cases = cases;
    }

    public boolean forbidsReturn(DelegateExecution execution) {
        return cases.get(execution.getProcessBusinessKey()).isDesignated();
    }

    public void refuse(DelegateExecution execution) {
        throw PetitionException.conflict("case.designated-no-return", execution.getProcessBusinessKey());
    }
}
