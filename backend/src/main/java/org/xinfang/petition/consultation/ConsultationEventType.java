package org.xinfang.petition.consultation;

/** What happened to a consultation; public types also show to the asker. */
enum ConsultationEventType {
    ASKED(true),
    ROUTED(true),
    REROUTED(true),
    ANSWER_WARNING(false),
    ANSWER_OVERDUE(false),
    ROUTING_WARNING(false),
    ROUTING_OVERDUE(false),
    PUBLICATION_WARNING(false),
    PUBLICATION_OVERDUE(false),
    CALENDAR_GAP(false),
    ANSWERED(true),
    PUBLISHED(true),
    NOT_PUBLISHED(false);

    private final boolean visibleToAsker;

    ConsultationEventType(boolean visibleToAsker) {
        this.visibleToAsker = visibleToAsker;
    }

    boolean isVisibleToAsker() {
        return visibleToAsker;
    }
}
