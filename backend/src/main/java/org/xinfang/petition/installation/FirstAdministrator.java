package org.xinfang.petition.installation;

import java.util.EnumSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.OrganisationSetup;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffAdministration;
import org.xinfang.petition.organization.StaffAdministration.NewStaff;
import org.xinfang.petition.organization.UnitKind;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.SetupRequired;

/**
 * The first administrator and the unit they belong to, created together or not at all: an empty installation has
 * no unit, so the command creates the petition office (and its region) unless the unit exists. Every refusal is a
 * {@link SetupRequired}: one line of what is wrong and what to do.
 */
@Component
class FirstAdministrator {

    private static final String REGION_CODE = "\\d{6}";

    private final Organisation organisation;
    private final OrganisationSetup setup;
    private final StaffAdministration administration;
    private final Messages messages;

    FirstAdministrator(
            Organisation organisation, OrganisationSetup setup, StaffAdministration administration, Messages messages) {
        this.organisation = organisation;
        this.setup = setup;
        this.administration = administration;
        this.messages = messages;
    }

    /** Creates the account with this password, which its owner must change at first login; returns its unit. */
    @Transactional
    public OrgUnit create(InstallProperties install, String password) {
        String login = install.administrator().strip();
        OrgUnit unit = unit(install);
        try {
            administration.createFirstAdministrator(new NewStaff(
                    login,
                    blank(install.administratorName()) ? login : install.administratorName(),
                    unit.getCode(),
                    EnumSet.of(Role.ADMIN),
                    password));
        } catch (PetitionException refused) {
            throw new SetupRequired(
                    "The first administrator is not created: " + reason(refused) + ".",
                    "Nothing was changed. Give a valid --petition.install.administrator; the install command creates "
                            + "the first administrator only, on a database without one, who then creates the other "
                            + "accounts");
        }
        return unit;
    }

    private OrgUnit unit(InstallProperties install) {
        String region = blank(install.region()) ? "" : install.region().strip();
        String code = !blank(install.unit()) ? install.unit().strip() : "petition-" + region;
        return organisation.unit(code).orElseGet(() -> newPetitionOffice(install, code, region));
    }

    private OrgUnit newPetitionOffice(InstallProperties install, String code, String regionCode) {
        if (!regionCode.matches(REGION_CODE) || blank(install.unitName())) {
            throw new SetupRequired(
                    "The first administrator's unit " + (code.equals("petition-") ? "" : code + " ")
                            + "does not exist, and the petition office to create is not named.",
                    "Give --petition.install.region=<GB/T 2260 code, e.g. 640000> and "
                            + "--petition.install.unit-name=<the office's Chinese name> (and "
                            + "--petition.install.region-name=<the region's Chinese name> for a new region), or "
                            + "--petition.install.unit=<code of an existing unit>");
        }
        Region region = organisation.region(regionCode).orElseGet(() -> newRegion(install, regionCode));
        return setup.addUnit(
                code, install.unitName().strip(), "Petition Office", UnitKind.PETITION_OFFICE, region, null);
    }

    private Region newRegion(InstallProperties install, String code) {
        if (blank(install.regionName())) {
            throw new SetupRequired(
                    "The region " + code + " does not exist, and its name is not given.",
                    "Give --petition.install.region-name=<the region's Chinese name> (and "
                            + "--petition.install.region-name-en=<its English name>)");
        }
        String nameZh = install.regionName().strip();
        return setup.addRegion(
                code,
                nameZh,
                blank(install.regionNameEn()) ? nameZh : install.regionNameEn().strip(),
                level(code),
                null);
    }

    /** GB/T 2260: a province's code ends in 0000, a city's in 00. */
    private static AdminLevel level(String code) {
        return code.endsWith("0000") ? AdminLevel.PROVINCE : code.endsWith("00") ? AdminLevel.CITY : AdminLevel.COUNTY;
    }

    private String reason(PetitionException refused) {
        return refused.violations().isEmpty()
                ? messages.en(refused.code(), refused.args())
                : messages.violation(refused.violations().get(0), Messages.ENGLISH);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
