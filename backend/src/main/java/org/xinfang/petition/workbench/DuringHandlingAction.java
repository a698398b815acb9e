package org.xinfang.petition.workbench;

import org.xinfang.petition.caseview.CaseDetail.OpenTask;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * An action of the bureau's handler while the case is being handled that is not a task of the model (asking for
 * more time, asking for material): offered to the handlers of the bureau that has the case, as the API's service
 * allows them; the service refuses what the moment does not allow (a paused clock, an overdue case).
 */
abstract class DuringHandlingAction implements CaseAction {

    @Override
    public boolean offeredOn(CaseAtHand at) {
        var bureau = at.detail().currentBureau();
        return at.staff().hasRole(Role.HANDLER)
                && bureau != null
                && bureau.code().equals(at.staff().unitCode())
                && at.detail().openTasks().stream().map(OpenTask::stage).anyMatch(Stage.HANDLING::equals);
    }
}
