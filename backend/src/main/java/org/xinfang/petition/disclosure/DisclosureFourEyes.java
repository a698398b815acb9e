package org.xinfang.petition.disclosure;

import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.TimelineActors;
import org.xinfang.petition.shared.PetitionException;

/**
 * Four eyes on 保密审查 (userTask_reviewDisclosure, on assignment and on complete): whoever proposed the publication
 * may neither take the review nor complete it, through our API, Tasklist or the engine's REST API alike, even when
 * they also hold the reviewer's role.
 */
@Component("disclosureFourEyes")
class DisclosureFourEyes implements TaskListener {

    private final ReplyDisclosureRepository disclosures;
    private final TimelineActors actors;

    DisclosureFourEyes(ReplyDisclosureRepository disclosures, TimelineActors actors) {
        this.disclosures = disclosures;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String actor = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : actors.current();
        if (actor == null) {
            return;
        }
        Long id = (Long) task.getVariable(DisclosureProcess.Var.DISCLOSURE_ID);
        ReplyDisclosure disclosure =
                disclosures.findById(id).orElseThrow(() -> PetitionException.notFound("disclosure.not-found", id));
        if (actor.equals(disclosure.getProposedBy())) {
            throw PetitionException.forbidden("disclosure.own-proposal", id);
        }
    }
}
