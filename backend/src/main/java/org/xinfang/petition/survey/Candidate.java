package org.xinfang.petition.survey;

/**
 * Someone a month's draw may pick: a case's complainant or an imported service user, in the stratum of their bureau
 * and source. {@code stableKey} orders the stratum the same way every time (the tracking number, or the import's
 * row id); {@code personKey} is whom the rule "not twice in a year" is about.
 */
record Candidate(
        SurveySource source,
        String unitCode,
        String stableKey,
        Long complaintId,
        Long serviceUserId,
        String personKey) {

    private static final String PHONE = "phone:";

    static Candidate complainant(String unitCode, String trackingNumber, Long complaintId) {
        return new Candidate(
                SurveySource.COMPLAINANTS, unitCode, trackingNumber, complaintId, null, "case:" + complaintId);
    }

    static Candidate serviceUser(String unitCode, Long serviceUserId, String phoneIndex) {
        return new Candidate(
                SurveySource.SERVICE_USERS,
                unitCode,
                String.format("%019d", serviceUserId),
                null,
                serviceUserId,
                phoneKey(phoneIndex));
    }

    /** Whom the year's rule is about for a service user: the phone, by its blind index. */
    static String phoneKey(String phoneIndex) {
        return PHONE + phoneIndex;
    }

    /** The blind index of a service user's phone; null for a complainant. */
    String phoneIndex() {
        return personKey.startsWith(PHONE) ? personKey.substring(PHONE.length()) : null;
    }

    Stratum stratum() {
        return new Stratum(unitCode, source);
    }

    /** A bureau and a source: the draw takes its share of each separately. */
    record Stratum(String unitCode, SurveySource source) {}
}
