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
                "phone:" + phoneIndex);
    }

    Stratum stratum() {
        return new Stratum(unitCode, source);
    }

    /** A bureau and a source: the draw takes its share of each separately. */
    record Stratum(String unitCode, SurveySource source) {}
}
