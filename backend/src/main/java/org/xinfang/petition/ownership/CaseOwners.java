package org.xinfang.petition.ownership;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;

/**
 * Who owns a case in the office, as each audience may see it: staff see the clerk by name; the complainant sees
 * only the desk (the office) and the role, never a personal name.
 */
@Component
public class CaseOwners {

    private final Organisation organisation;

    CaseOwners(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The owning clerk, for staff. */
    public Optional<Owner> ownerOf(Complaint complaint) {
        return Optional.ofNullable(complaint.getOfficeOwner())
                .flatMap(organisation::staffMember)
                .map(clerk -> new Owner(
                        clerk.getUsername(),
                        clerk.getDisplayName(),
                        clerk.getUnit().getNameZh(),
                        clerk.getUnit().getNameEn()));
    }

    /** The owning clerk's desk, for the complainant: the office's name, no person. */
    public Optional<Desk> deskOf(Complaint complaint) {
        return Optional.ofNullable(complaint.getOfficeOwner())
                .flatMap(organisation::staffMember)
                .map(clerk -> {
                    OrgUnit unit = clerk.getUnit();
                    return new Desk(unit.getNameZh(), unit.getNameEn());
                });
    }

    /** 首问负责人: the clerk and their office. */
    public record Owner(String username, String displayName, String unitZh, String unitEn) {}

    /** 首问负责: the office that answers for the case (shown with the role, 首问责任人 / case officer). */
    public record Desk(String unitZh, String unitEn) {}
}
