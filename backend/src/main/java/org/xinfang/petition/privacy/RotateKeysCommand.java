package org.xinfang.petition.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command form of the rotation: {@code java -jar xinfang-backend.jar --petition.privacy.rotate-and-exit=true}
 * re-encrypts everything under the active key, prints the counts (never a value) and exits with status 0.
 */
@Component
@ConditionalOnProperty(name = "petition.privacy.rotate-and-exit", havingValue = "true")
class RotateKeysCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RotateKeysCommand.class);

    private final KeyRotation rotation;
    private final ApplicationContext context;

    RotateKeysCommand(KeyRotation rotation, ApplicationContext context) {
        this.rotation = rotation;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        KeyRotation.Report report = rotation.rotate(500);
        report.columns()
                .forEach(column -> log.info(
                        "{}: {} rows, {} sealed, {} re-encrypted, {} re-indexed",
                        column.column(),
                        column.examined(),
                        column.sealed(),
                        column.reencrypted(),
                        column.reindexed()));
        log.info("Every personal-data value is now under data key version {}", report.keyVersion());
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
