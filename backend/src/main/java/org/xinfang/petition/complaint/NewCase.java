package org.xinfang.petition.complaint;

import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Region;

/**
 * A filing as intake has checked it, from which {@link CaseRecords#register} makes the case record: the tracking
 * number with its query code already hashed, the complainant, what the complaint is about, who filed it (the
 * operator, null for the citizen), whether it is confidential, and whom it is about (either may be null).
 */
public record NewCase(
        String trackingNumber,
        String queryCodeHash,
        Person complainant,
        Category category,
        Urgency urgency,
        Region region,
        Channel channel,
        String subject,
        String content,
        String filedBy,
        boolean confidential,
        OrgUnit accusedUnit,
        String accusedOfficer) {

    /** The real-name complainant, normalised, with the blind indexes of the ID number and the phone. */
    public record Person(
            String realName,
            String residentId,
            String phone,
            String address,
            Sex sex,
            int ageAtFiling,
            String residentIdIndex,
            String phoneIndex) {}
}
