package org.xinfang.petition.screening;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.organization.AdminLevel;

/**
 * @param groupThreshold from this many persons (the filer included) a complaint is a group complaint (集体);
 *     more than one person makes it joint (联名).
 * @param skipLevelChannels the channels on which a complaint can be skip-level (越级): by default walk-ins, as the
 *     rule of going level by level (逐级走访) concerns visits; letters and online complaints may go to any level.
 * @param onlineReceivingLevel the level that receives the complaints citizens file themselves (the level of the
 *     petition office that runs this system); an operator's complaints are received at the operator's unit.
 */
@ConfigurationProperties("petition.screening")
record ScreeningProperties(
        @DefaultValue("5") int groupThreshold,
        @DefaultValue("WALK_IN") Set<Channel> skipLevelChannels,
        @DefaultValue("PROVINCE") AdminLevel onlineReceivingLevel) {}
