package org.xinfang.petition.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedSetup {

    @Bean
    Clock clock(TimeZoneProperties properties) {
        return new EngineClock(properties.timeZone());
    }
}
