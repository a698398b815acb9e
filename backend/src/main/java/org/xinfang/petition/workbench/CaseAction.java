package org.xinfang.petition.workbench;

import java.util.Map;

/**
 * One thing a staff member can do to a case from its page: sign for it, triage it, flag it. Its page shows the case
 * and the action's form (a user task's form from {@code forms/}, the one Tasklist shows); taking it calls the service
 * our API calls, so the same rules hold. A refusal naming fields is shown beside them, with what was typed kept.
 */
interface CaseAction {

    /** Its place in the URL: {@code /workbench/cases/{trackingNumber}/{key}}. */
    String key();

    /** The message code of its name, on its button and as its page's title. */
    String label();

    /** The id of its form in {@code forms/}. */
    String formId();

    /** Whether the signed-in user may take it on this case now. */
    boolean offeredOn(CaseAtHand at);

    /** Whether its page also takes files (field "files"), beside the form's fields. */
    default boolean takesFiles() {
        return false;
    }

    /** What the form shows before the user types: a proposal, the current value. */
    default Map<String, String> prefilled(CaseAtHand at) {
        return Map.of();
    }

    /** Takes the action with what the user entered; a refusal is thrown as the API's would be. */
    void take(String trackingNumber, ActionInput input);

    /** The form's key of a field the service names otherwise (the API's name of a request field). */
    default String formKeyOf(String field) {
        return field;
    }
}
