package org.xinfang.petition.shared;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Pins the JVM default time zone before anything reads it. The engine stores its dates in the JVM's zone,
 * so every node of a cluster must agree; petition limits are counted in Beijing time (Asia/Shanghai).
 */
public class TimeZoneSetup implements EnvironmentPostProcessor {

    private static final String PROPERTY = "petition.time-zone";

    static final String DEFAULT_ZONE = "Asia/Shanghai";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TimeZone.setDefault(TimeZone.getTimeZone(environment.getProperty(PROPERTY, DEFAULT_ZONE)));
    }
}
