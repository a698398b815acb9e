package org.xinfang.petition.workbench;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;

/** The public-security bureaus by code and name, for the pages that name a department or let the user pick one. */
@Component
class Bureaus {

    /** A bureau as a page names it, in either language. */
    record Bureau(String code, String nameZh, String nameEn) {}

    private final Organisation organisation;

    Bureaus(Organisation organisation) {
        this.organisation = organisation;
    }

    List<Bureau> all() {
        return organisation.units().stream()
                .filter(OrgUnit::isBureau)
                .sorted(Comparator.comparing(OrgUnit::getCode))
                .map(unit -> new Bureau(unit.getCode(), unit.getNameZh(), unit.getNameEn()))
                .toList();
    }
}
