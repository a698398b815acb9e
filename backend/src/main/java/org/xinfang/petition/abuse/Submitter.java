package org.xinfang.petition.abuse;

/**
 * Whom a submission is counted against: a client address under {@code petition.rate-limit.submissions-per-address},
 * or a client application that submits for many people (an Open311 application, by its key) under a limit of its
 * own. Both share the window and the table, each under its own name.
 *
 * @param countedAs the name the count is kept under (kept only as a keyed hash)
 * @param ownLimit the application's own limit per window; null for a client address
 */
public record Submitter(String countedAs, Integer ownLimit) {

    public static Submitter address(String clientAddress) {
        return new Submitter(clientAddress, null);
    }

    /** An application, named apart from every address so that no address can be counted as one. */
    public static Submitter application(String kind, long id, int limit) {
        return new Submitter("application:" + kind + ":" + id, limit);
    }

    boolean isAddress() {
        return ownLimit == null;
    }
}
