package org.xinfang.petition.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.RepeatedTest;
import org.xinfang.petition.support.AtOnce;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PetitionTest;

/**
 * Supervisors who flag the same case at once (three levels of inspectors, the office's leader) start one
 * supervision: one flag is taken, the others are answered 409, never 500.
 */
@PetitionTest
class FlagsAtOnceTest extends AbstractSupervisionTest {

    @RepeatedTest(3)
    void flagsAtOnceStartOneSupervision() throws Exception {
        String number = driver.signedFor("640105", "HOUSEHOLD_REGISTRATION", "handler.xixia");

        List<Integer> statuses = AtOnce.fire(List.of(
                flagBy("inspector.xixia", number),
                flagBy("inspector.yinchuan", number),
                flagBy(Logins.INSPECTOR, number),
                flagBy("leader.office", number)));

        assertThat(statuses).containsOnly(204, 409).containsOnlyOnce(204);
        assertThat(driver.runningSupervisions(number)).isOne();
    }

    private Callable<Integer> flagBy(String supervisor, String number) {
        return () -> api.as(supervisor)
                .body(Map.of("reason", "群众反映办理迟缓"))
                .post("/supervision/cases/{number}/flag", number)
                .then()
                .extract()
                .statusCode();
    }
}
