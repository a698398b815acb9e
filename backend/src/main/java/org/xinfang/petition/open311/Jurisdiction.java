package org.xinfang.petition.open311;

import java.util.Comparator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.shared.PetitionException;

/**
 * The one jurisdiction this endpoint serves: the province, named by its region code (GB/T 2260, e.g. {@code
 * 640000}). A client may leave {@code jurisdiction_id} out, as the specification allows a server of one
 * jurisdiction; another one is not found.
 */
@Component
class Jurisdiction {

    private final Organisation organisation;

    Jurisdiction(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The region at the top of the tree: the province, or the highest region an installation has. */
    @Transactional(readOnly = true)
    String id() {
        return organisation.regions().stream()
                .min(Comparator.comparing(Region::getLevel))
                .map(Region::getCode)
                .orElseThrow(() -> PetitionException.notFound("open311.jurisdiction-not-found", ""));
    }

    void check(String jurisdictionId) {
        if (jurisdictionId != null
                && !jurisdictionId.isBlank()
                && !jurisdictionId.strip().equals(id())) {
            throw PetitionException.notFound("open311.jurisdiction-not-found", jurisdictionId);
        }
    }
}
