package org.xinfang.petition.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.ADMIN;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.audit.AuditVerification.Result;
import org.xinfang.petition.privacy.KeyFile;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.PetitionTest;

/**
 * Rotating the audit key: entries name the key version that sealed them, so after a new version becomes active
 * the older entries still verify, as long as their version stays configured.
 */
@PetitionTest
class AuditKeyRotationTest {

    @LocalServerPort
    int port;

    @Value("${petition.audit.keys}")
    String configuredKeys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditEntryRepository entries;

    @Autowired
    AuditHeadRepository heads;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void entriesSealedUnderTheKeyBeforeTheRotationStillVerifyAfterIt() throws InterruptedException {
        Map<Integer, byte[]> keys = KeyFile.parseVersions(configuredKeys);
        AuditChain beforeRotation = new AuditChain(
                entries,
                jdbc,
                new TransactionTemplate(transactions),
                new AuditSeal(new AuditKeys(Map.of(1, keys.get(1)), 1), ChainHash.SHA256));
        // Written and chained in one transaction, so that this node's writer (under version 2) never sees it pending.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.recordView(new AuditRecord("system", null, null, "TEST_VIEW", null, "sealed under version 1", null));
            Chained.now(beforeRotation);
        });
        beforeRotation.stop();
        long underVersion1 = jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class);
        trail.recordView("TEST_VIEW", null, "sealed under version 2, active since the rotation");
        Chained.now(chain);

        assertThat(jdbc.queryForList(
                        "select key_version from audit_log where seq >= ? order by seq", Integer.class, underVersion1))
                .containsExactly(1, 2);
        new Api(port)
                .as(ADMIN)
                .post("/admin/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true));

        Result withoutVersion1 = ChainAlone.verify(
                entries, heads, new AuditSeal(new AuditKeys(Map.of(2, keys.get(2)), 2), ChainHash.SHA256));
        assertThat(withoutVersion1)
                .as("a retired version must stay configured to verify what it sealed")
                .extracting(Result::firstBrokenSeq, Result::problem)
                .containsExactly(underVersion1, "unknown-key");
    }
}
