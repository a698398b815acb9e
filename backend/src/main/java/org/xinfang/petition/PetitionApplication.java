package org.xinfang.petition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The petition and complaint handling system (信访 / 投诉办理). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PetitionApplication {

    public static void main(String[] args) {
        SpringApplication.run(PetitionApplication.class, args);
    }
}
