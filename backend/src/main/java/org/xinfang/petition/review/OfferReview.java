package org.xinfang.petition.review;

import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinfang.petition.process.ReviewProcess;

/**
 * 开放复查 (serviceTask_offerReview): the case closes with a written opinion, so the review model starts for it,
 * in the same transaction, and waits for a request within its window.
 */
@Component("offerReview")
class OfferReview implements JavaDelegate {

    private final RuntimeService runtime;

    OfferReview(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runtime.startProcessInstanceByKey(ReviewProcess.KEY, execution.getProcessBusinessKey());
    }
}
