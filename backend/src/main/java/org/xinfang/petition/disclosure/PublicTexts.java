package org.xinfang.petition.disclosure;

import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complainant;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.StaffUser;
import org.xinfang.petition.privacy.PersonalDataScreen;
import org.xinfang.petition.shared.PetitionException;

/**
 * The public versions of a case's texts: the {@link PersonalDataScreen} with the case's own personal data to look
 * for, the complainant's name, ID number, phone and address and the accused officer's login and name.
 */
@Component
public class PublicTexts {

    private final PersonalDataScreen screen;
    private final Organisation organisation;

    PublicTexts(PersonalDataScreen screen, Organisation organisation) {
        this.screen = screen;
        this.organisation = organisation;
    }

    /** The complaint's subject and content as a draft of the public summary, masked (also Open311's public feed). */
    public String maskedSummary(Complaint complaint) {
        return masked(complaint, complaint.getSubject() + "\n" + complaint.getContent());
    }

    String masked(Complaint complaint, String text) {
        return screen.mask(text, personalData(complaint));
    }

    /** Refuses, naming {@code field}, a public text that still holds personal data. */
    void check(Complaint complaint, String text, String field) {
        screen.check(text, field, personalData(complaint));
    }

    void checkLength(String text, String field, int max) {
        if (text.length() > max) {
            throw PetitionException.invalid(field, "constraint.Size", max, 1);
        }
    }

    private String[] personalData(Complaint complaint) {
        Complainant complainant = complaint.getComplainant();
        String officer = complaint.getAccusedOfficer();
        String officerName = officer == null
                ? null
                : organisation
                        .staffMember(officer)
                        .map(StaffUser::getDisplayName)
                        .orElse(null);
        return new String[] {
            complainant == null ? null : complainant.getRealName(),
            complainant == null ? null : complainant.getResidentId(),
            complainant == null ? null : complainant.getPhone(),
            complainant == null ? null : complainant.getAddress(),
            officer,
            officerName
        };
    }
}
