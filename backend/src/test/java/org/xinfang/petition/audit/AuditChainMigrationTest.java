package org.xinfang.petition.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.audit.AuditVerification.Result;
import org.xinfang.petition.support.PetitionTest;

/**
 * A trail written before the chain was keyed: V20.1 keeps every entry as it was and seals the head of the unkeyed
 * chain under the key, so the old entries verify as before and can no longer be rewritten unseen.
 */
@PetitionTest
class AuditChainMigrationTest {

    private static final Timestamp BEFORE = Timestamp.from(Instant.parse("2025-03-01T02:00:00Z"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditEntryRepository entries;

    @Autowired
    AuditHeadRepository heads;

    @Autowired
    AuditSeal seal;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    V20_1__Key_the_audit_chain migration;

    ChainForger forger;

    @BeforeEach
    void setUp() {
        forger = new ChainForger(jdbc, entries);
    }

    @Test
    void theUnkeyedEntriesStayAsTheyWereAndVerifyBeforeTheSealThatKeysTheChain() {
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            writeAnUnkeyedTrail();
            List<String> unkeyedHashes = jdbc.queryForList("select hash from audit_log order by seq", String.class);

            keyTheChain();
            trail.recordView("TEST_VIEW", null, "the first entry the application appends after the upgrade");
            Chained.now(chain);

            assertThat(jdbc.queryForList("select hash from audit_log where seq <= 3 order by seq", String.class))
                    .isEqualTo(unkeyedHashes);
            assertThat(jdbc.queryForList("select key_version from audit_log order by seq", Integer.class))
                    .containsExactly(null, null, null, 2, 2);
            assertThat(jdbc.queryForObject("select detail from audit_log where seq = 4", String.class))
                    .isEqualTo("keyed with HMAC-SHA256 under audit key v2 from here; entries 1 to 3 are chained by the "
                            + "unkeyed hash");
            assertThat(verify().intact()).isTrue();
        }
    }

    @Test
    void anUnkeyedEntryRewrittenAfterTheUpgradeBreaksTheLinkOfTheSeal() {
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            writeAnUnkeyedTrail();
            keyTheChain();

            forger.deleteAndRenumber(2);
            jdbc.update("update audit_head set last_seq = last_seq - 1 where id = 1");
            forger.recompute(2, 2, null, entry -> ChainHash.SHA256.of(entry.canonical()));

            assertThat(verify())
                    .extracting(Result::firstBrokenSeq, Result::problem)
                    .containsExactly(3L, "previous-altered-or-missing");
        }
    }

    @Test
    void theSealRelinkedToARewrittenUnkeyedChainNoLongerVerifies() {
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            writeAnUnkeyedTrail();
            keyTheChain();

            forger.alter(2, "someone-else");
            String rewrittenHead = forger.recompute(2, 3, null, entry -> ChainHash.SHA256.of(entry.canonical()));
            jdbc.update("update audit_log set previous_hash = ? where seq = 4", rewrittenHead);

            assertThat(verify())
                    .extracting(Result::firstBrokenSeq, Result::problem)
                    .containsExactly(4L, "altered");
        }
    }

    @Test
    void theKeyedChainCannotBeTurnedBackIntoAnUnkeyedOne() {
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            writeAnUnkeyedTrail();
            keyTheChain();

            forger.recomputeFrom(4, null, entry -> ChainHash.SHA256.of(entry.canonical()));

            assertThat(verify())
                    .extracting(Result::intact, Result::problem)
                    .containsExactly(false, "keyed-chain-missing");
        }
    }

    private void writeAnUnkeyedTrail() {
        jdbc.update("delete from audit_log");
        jdbc.update("update audit_head set last_seq = 0, last_hash = ? where id = 1", ChainHash.GENESIS);
        for (String action : List.of("CASE_REGISTERED", "CASE_ACCEPTED", "COMPLAINANT_VIEWED")) {
            forger.appendUnkeyed(
                    new AuditRecord("clerk", "CLERK", "petition-640000", action, "XF-1", null, "10.0.0.7"), BEFORE);
        }
    }

    private void keyTheChain() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            migration.keyTheChain(connection);
            return null;
        });
    }

    private Result verify() {
        return ChainAlone.verify(entries, heads, seal);
    }
}
