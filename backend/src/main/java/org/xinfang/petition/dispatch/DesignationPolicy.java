package org.xinfang.petition.dispatch;

import org.springframework.stereotype.Component;

/**
 * 指定办理: after {@code petition.dispatch.designate-after-dispatches} dispatches, each returned by its bureau as
 * misrouted, the next dispatch designates the unit, which may then not return the case again (the model's return
 * gateway asks {@code NoReturnAfterDesignationPolicy}).
 */
@Component
class DesignationPolicy {

    private final int designateAfterDispatches;

    DesignationPolicy(DispatchProperties properties) {
        this.designateAfterDispatches = properties.designateAfterDispatches();
    }

    /** Whether a dispatch that follows {@code earlierDispatches} dispatches designates its unit. */
    boolean designates(int earlierDispatches) {
        return earlierDispatches >= designateAfterDispatches;
    }
}
