package org.xinfang.petition.disclosure;

import java.time.Clock;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.disclosure.DisclosureProcess.Var;

/** 公开答复 (serviceTask_publishReply): the approved texts go on the public list. */
@Component("disclosurePublishing")
public class DisclosurePublishing {

    private final ReplyDisclosureRepository disclosures;
    private final AuditTrail audit;
    private final Clock clock;

    DisclosurePublishing(ReplyDisclosureRepository disclosures, AuditTrail audit, Clock clock) {
        this.disclosures = disclosures;
        this.audit = audit;
        this.clock = clock;
    }

    public void publish(DelegateExecution execution) {
        Long id = (Long) execution.getVariable(Var.DISCLOSURE_ID);
        ReplyDisclosure disclosure = disclosures.findById(id).orElseThrow();
        disclosure.publish(clock.instant());
        disclosures.saveAndFlush(disclosure);
        audit.recordChange("DISCLOSURE_PUBLISHED", execution.getProcessBusinessKey(), "disclosure " + id);
    }
}
