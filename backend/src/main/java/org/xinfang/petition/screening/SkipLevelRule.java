package org.xinfang.petition.screening;

import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.AdminLevel;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.organization.StaffUser;

/**
 * 越级: the 信访工作条例 (Art. 18) asks that a matter be brought to the body responsible for it or the level just
 * above. A complaint is skip-level when it came on one of {@code petition.screening.skip-level-channels} (walk-ins
 * by default), the level that received it (the operator's unit, or the online level for a citizen's own filing) is
 * two or more levels above the matter's region (a county matter at the province), and no earlier case of the same
 * complainant about a similar matter was handled by a bureau at the responsible level or the one above.
 */
@Component
class SkipLevelRule {

    private final ScreeningProperties properties;
    private final Organisation organisation;
    private final LikelyRepeats likelyRepeats;

    SkipLevelRule(ScreeningProperties properties, Organisation organisation, LikelyRepeats likelyRepeats) {
        this.properties = properties;
        this.organisation = organisation;
        this.likelyRepeats = likelyRepeats;
    }

    boolean applies(Complaint complaint) {
        if (!properties.skipLevelChannels().contains(complaint.getChannel())) {
            return false;
        }
        AdminLevel responsible = complaint.getRegion().getLevel();
        if (depth(responsible) - depth(receivingLevel(complaint)) < 2) {
            return false;
        }
        return likelyRepeats.similarEarlierCases(complaint, null).stream()
                .map(Complaint::getCurrentBureau)
                .noneMatch(bureau -> bureau != null && depth(bureau.getLevel()) >= depth(responsible) - 1);
    }

    /** Levels below the province: 0 for the province, 1 for a city, 2 for a county. */
    private static int depth(AdminLevel level) {
        return switch (level) {
            case PROVINCE -> 0;
            case CITY -> 1;
            case COUNTY -> 2;
        };
    }

    private AdminLevel receivingLevel(Complaint complaint) {
        if (complaint.getFiledBy() == null) {
            return properties.onlineReceivingLevel();
        }
        return organisation
                .staffMember(complaint.getFiledBy())
                .map(StaffUser::getUnit)
                .map(OrgUnit::getLevel)
                .orElse(properties.onlineReceivingLevel());
    }
}
