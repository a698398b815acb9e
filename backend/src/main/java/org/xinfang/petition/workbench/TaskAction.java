package org.xinfang.petition.workbench;

/**
 * An action that completes one user task of the models: offered while the case has that task open and the user is
 * among its candidates (or holds it). The task gate judges again when it is taken, as for every door.
 */
abstract class TaskAction implements CaseAction {

    private final String taskKey;

    TaskAction(String taskKey) {
        this.taskKey = taskKey;
    }

    /** The user task it completes, by its key in the model. */
    String taskKey() {
        return taskKey;
    }

    @Override
    public boolean offeredOn(CaseAtHand at) {
        return at.mayComplete(taskKey);
    }
}
