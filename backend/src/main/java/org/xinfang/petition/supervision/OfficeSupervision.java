package org.xinfang.petition.supervision;

import org.xinfang.petition.organization.OrgUnit;

/**
 * 信访督办: the petition office supervises the bureaus (and the bodies that review), never itself; a late stage of
 * the office's own is supervised by the inspectors above it.
 */
final class OfficeSupervision {

    private OfficeSupervision() {}

    static boolean mayIssueTo(OrgUnit supervised) {
        return supervised.isBureau();
    }
}
