package org.xinfang.petition.workbench;

import java.util.Map;
import java.util.Optional;

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

    /**
     * The template of its page; by default the case and the form ({@code workbench/action}). An action that shows
     * more beside its form (a call script, the request decided on) has its own, which includes that one's parts.
     */
    default String view() {
        return "workbench/action";
    }

    /** Whether its page also takes files (field "files"), beside the form's fields. */
    default boolean takesFiles() {
        return false;
    }

    /** What the form shows before the user types: a proposal, the current value. */
    default Map<String, String> prefilled(CaseAtHand at) {
        return Map.of();
    }

    /**
     * What its page shows beyond the form from {@code forms/} (a list to choose from, what a policy says), as a
     * fragment with the model it reads; none by default.
     */
    default Optional<PageExtras> extras(CaseAtHand at) {
        return Optional.empty();
    }

    /** Takes the action with what the user entered; a refusal is thrown as the API's would be. */
    void take(String trackingNumber, ActionInput input);

    /** The form's key of a field the service names otherwise (the API's name of a request field). */
    default String formKeyOf(String field) {
        return field;
    }

    /**
     * A fragment ({@code template :: name}) an action's page renders above the form's fields, and what it reads. Its
     * inputs may only help fill the form's own fields (a datalist, by {@code suggestions}: a datalist id by field key).
     */
    record PageExtras(String fragment, Map<String, Object> model) {}
}
