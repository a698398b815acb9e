package org.xinfang.petition.messaging;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.SetupRequired;

/**
 * In production every channel has a real gateway: a node whose messages would only be recorded tells no
 * complainant anything, so the {@code production} profile does not start that way unless a trial allows it with
 * {@code petition.production.allow-recording-gateway=true}. Checked once every bean is made, before the node serves.
 */
@Component
class GatewayCoverage implements SmartInitializingSingleton {

    static final String ALLOWANCE = "petition.production.allow-recording-gateway";

    private final Gateways gateways;
    private final Environment environment;

    GatewayCoverage(Gateways gateways, Environment environment) {
        this.gateways = gateways;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!environment.acceptsProfiles(Profiles.of("production"))
                || environment.getProperty(ALLOWANCE, Boolean.class, false)) {
            return;
        }
        List<MessageChannel> uncovered = Arrays.stream(MessageChannel.values())
                .filter(channel -> !gateways.isReal(gateways.forChannel(channel)))
                .toList();
        if (!uncovered.isEmpty()) {
            throw new SetupRequired(
                    "The production profile refuses to run without a real message gateway for " + uncovered
                            + ": complainants would be told nothing.",
                    "Configure SMS with petition.messaging.sms.url and e-mail with spring.mail.host (docs/messaging.md),"
                            + " or allow it for a trial with " + ALLOWANCE + "=true");
        }
    }
}
