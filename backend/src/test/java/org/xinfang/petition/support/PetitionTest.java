package org.xinfang.petition.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one test context of the suite: the whole application on a random port, against the test database
 * (MariaDB by default, H2 with -Ph2), cleaned and migrated when the context starts. One context for every test
 * class, so that no second context cleans the database under the first. Every test starts at the same moment
 * of the engine clock ({@link PinnedClock}); a failed test prints its last HTTP exchanges ({@link LastExchanges}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSetup.class)
@ExtendWith({PinnedClock.class, LastExchanges.class})
public @interface PetitionTest {}
