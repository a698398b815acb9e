package org.xinfang.petition.workbench;

import java.util.Map;

/**
 * One thing staff do to a consultation from its page: route it, answer it, decide its publication. Like a
 * {@link CaseAction}: its form from {@code forms/}, taken through the service the API calls, a refusal shown beside
 * the fields. Consultations are not complaints, so their actions are of their own kind.
 */
interface ConsultationAction {

    /** Its place in the URL: {@code /workbench/consultations/{trackingNumber}/{key}}. */
    String key();

    /** The message code of its name. */
    String label();

    /** The id of its form in {@code forms/}. */
    String formId();

    boolean offeredOn(ConsultationAtHand at);

    /** What the form shows before the user types. */
    default Map<String, String> prefilled(ConsultationAtHand at) {
        return Map.of();
    }

    /** Whether the page asks, beside the form, why the question moves to another department. */
    default boolean asksReason() {
        return false;
    }

    void take(String trackingNumber, ActionInput input);
}
