package org.xinfang.petition.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedSetup {

  @Bean
  Clock clock(@Value("${" + TimeZoneSetup.PROPERTY + ":Asia/Shanghai}") String zone) {
    return new EngineClock(ZoneId.of(zone));
  }
}
