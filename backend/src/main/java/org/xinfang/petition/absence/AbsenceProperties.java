package org.xinfang.petition.absence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How absences that start later have their tasks handed over.
 *
 * @param handoverEnabled whether this node looks for absences that have started (every node may; each absence is
 *     handed over once)
 * @param pollInterval the pause between looks
 */
@ConfigurationProperties("petition.absence")
record AbsenceProperties(
        @DefaultValue("true") boolean handoverEnabled,
        @DefaultValue("1m") Duration pollInterval) {}
