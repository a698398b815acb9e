package org.xinfang.petition.workbench;

import java.util.Set;
import org.xinfang.petition.caseview.CaseDetail;
import org.xinfang.petition.security.StaffPrincipal;

/**
 * A case as the signed-in user has it in front of them: its record as they may see it, and the open user tasks
 * (by task definition key, of any process that follows the case) that they may complete.
 */
record CaseAtHand(CaseDetail detail, StaffPrincipal staff, Set<String> completableTasks) {

    String trackingNumber() {
        return detail.trackingNumber();
    }

    boolean mayComplete(String taskKey) {
        return completableTasks.contains(taskKey);
    }
}
