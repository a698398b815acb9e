package org.xinfang.petition.workbench;

import java.util.Set;
import org.xinfang.petition.consultation.ConsultationDesk.StaffView;
import org.xinfang.petition.security.StaffPrincipal;

/** A consultation in front of the signed-in user: its staff record, and the open tasks on it they may complete. */
record ConsultationAtHand(StaffView detail, StaffPrincipal staff, Set<String> completableTasks) {

    boolean mayComplete(String taskKey) {
        return completableTasks.contains(taskKey);
    }
}
