package org.xinfang.petition.bench.scale;

/**
 * The kinds of generated case, each cloned from one real case of that status that the application made through
 * its own services (the demo cases of a first start): its rows in our tables and the engine's.
 */
enum Template {
    CLOSED("CLOSED", false),
    NOT_ACCEPTED("NOT_ACCEPTED", false),
    TRIAGE("PENDING_TRIAGE", true),
    DISPATCH("PENDING_DISPATCH", true),
    SIGN_FOR("PENDING_SIGN_FOR", true),
    HANDLING("IN_HANDLING", true),
    CALLBACK("PENDING_CALLBACK", true);

    final String status;
    final boolean open;

    Template(String status, boolean open) {
        this.status = status;
        this.open = open;
    }

    /** Whether the case has a bureau (dispatched at least once). */
    boolean dispatched() {
        return this != TRIAGE && this != DISPATCH && this != NOT_ACCEPTED;
    }
}
