package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.xinfang.petition.support.Complaints.webComplaint;

import org.junit.jupiter.api.Test;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.StatementCount;

/**
 * A citizen's filing sends a bounded number of statements to the database from its request, ours and the
 * engine's together (counted by the MySQL driver, so on MariaDB only): a lookup that reads the case again, a
 * second read of reference data or a merge that first looks for a row shows here. 53 when this was last measured:
 * 45 before the triage clock (the statutory 15 days to decide on acceptance), which adds its deadline record, its
 * warning and overdue timers with their job log and the task's scope (its moments are transient variables, never
 * written); 56 before the time-limits answers and the calendar were kept per version and the region checked in one
 * query. The audit entry is one insert, chained later by the audit chain writer in batches.
 */
class FilingStatementsTest extends ApiTest {

    private static final int MOST_STATEMENTS_PER_FILING = 55;

    @Test
    void aFilingSendsABoundedNumberOfStatements() {
        String address = "203.0.113.200";
        // the address's first filing also makes its count row; the bound is for every filing after it
        api.anonymous()
                .header("X-Forwarded-For", address)
                .body(webComplaint())
                .post("/complaints")
                .then()
                .statusCode(201);
        assumeTrue(StatementCount.isInstalled(), "the statements are counted by the MySQL driver");
        long before = StatementCount.sent();

        api.anonymous()
                .header("X-Forwarded-For", address)
                .body(webComplaint())
                .post("/complaints")
                .then()
                .statusCode(201);

        assertThat(StatementCount.sent() - before).isBetween(1L, (long) MOST_STATEMENTS_PER_FILING);
    }
}
