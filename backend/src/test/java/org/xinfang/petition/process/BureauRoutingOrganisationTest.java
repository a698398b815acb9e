package org.xinfang.petition.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.process.BureauRoutingDecisionTest.proposedBureau;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.Region;
import org.xinfang.petition.support.PetitionTest;

/** {@code bureau-routing} against the organisation the application loads: it proposes only bureaus that exist. */
@PetitionTest
class BureauRoutingOrganisationTest {

    @Autowired
    Organisation organisation;

    @Test
    void everyProposalForARegionOfTheOrganisationIsOneOfItsBureaus() {
        List<Region> known = organisation.regions();
        assertThat(known).isNotEmpty();
        for (Region region : known) {
            for (Category category : Category.values()) {
                String proposed = proposedBureau(category, region.getCode());
                assertThat(organisation.unit(proposed))
                        .as("%s in %s: %s", category, region.getCode(), proposed)
                        .hasValueSatisfying(unit -> assertThat(unit.isBureau())
                                .as("%s is a bureau", proposed)
                                .isTrue());
            }
        }
    }
}
