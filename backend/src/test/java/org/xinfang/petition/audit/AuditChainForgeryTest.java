package org.xinfang.petition.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Problems.invalidField;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.audit.AuditVerification.Result;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PetitionTest;

/**
 * The attacks of a database administrator on the trail, replayed with SQL: without the audit key no rewrite of
 * the chain verifies, and a cut tail shows against the head anchored outside the database.
 */
@PetitionTest
class AuditChainForgeryTest {

    private static final byte[] WRONG_KEY = new byte[32];

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditEntryRepository entries;

    @Autowired
    AuditHeadRepository heads;

    @Autowired
    AuditSeal seal;

    @Autowired
    AuditAnchor anchor;

    @Autowired
    AnchorFile anchorFile;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    Api api;
    Complaints complaints;
    ChainForger forger;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        complaints = new Complaints(api);
        forger = new ChainForger(jdbc, entries);
        complaints.accepted();
        complaints.accepted();
        Chained.now(chain);
    }

    @Test
    void anEntryDeletedWithTheRestRenumberedAndRechainedByPlainSha256IsFoundAtTheFirstRechainedEntry() {
        long deleted = forger.lastSeq() - 2;
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            forger.deleteAndRenumber(deleted);
            forger.recomputeFrom(deleted, keyVersionOf(deleted), entry -> ChainHash.SHA256.of(entry.canonical()));

            api.as(ADMIN)
                    .post("/admin/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) deleted))
                    .body("problem", equalTo("altered"))
                    .body("entriesChecked", equalTo((int) deleted - 1));
        }
        assertThat(verify().intact()).as("the trail is back as it was").isTrue();
    }

    @Test
    void renumberingIsFoundWhereTheNumbersMovedEvenWithTheLinkMended() {
        long deleted = forger.lastSeq() - 1;
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            forger.deleteAndRenumber(deleted);
            jdbc.update("update audit_head set last_seq = last_seq - 1 where id = 1");
            assertThat(verify())
                    .extracting(Result::firstBrokenSeq, Result::problem)
                    .containsExactly(deleted, "previous-altered-or-missing");

            jdbc.update(
                    "update audit_log set previous_hash = ? where seq = ?",
                    jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, deleted - 1),
                    deleted);
            assertThat(verify())
                    .as("relinked, but sealed under its old number and link")
                    .extracting(Result::firstBrokenSeq, Result::problem)
                    .containsExactly(deleted, "altered");
        }
    }

    @Test
    void entriesRechainedWithoutAKeyVersionAfterTheChainWasKeyedAreFoundAtTheFirst() {
        long deleted = forger.lastSeq() - 2;
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            forger.deleteAndRenumber(deleted);
            forger.recomputeFrom(deleted, null, entry -> ChainHash.SHA256.of(entry.canonical()));

            assertThat(verify())
                    .extracting(Result::firstBrokenSeq, Result::problem)
                    .containsExactly(deleted, "unkeyed");
        }
    }

    @Test
    void theWholeChainRecomputedAsIfItHadNeverBeenKeyedDoesNotVerify() {
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            forger.deleteAndRenumber(forger.lastSeq() - 1);
            forger.recomputeFrom(1, null, entry -> ChainHash.SHA256.of(entry.canonical()));

            assertThat(verify())
                    .extracting(Result::intact, Result::problem)
                    .containsExactly(false, "keyed-chain-missing");
        }
    }

    @Test
    void aChainResealedWithAnotherKeyIsFoundAtTheFirstResealedEntry() {
        long altered = forger.lastSeq() - 2;
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            forger.alter(altered, "someone-else");
            forger.recomputeFrom(
                    altered, keyVersionOf(altered), entry -> ChainHash.SHA256.mac(WRONG_KEY, entry.canonical()));

            assertThat(verify())
                    .extracting(Result::firstBrokenSeq, Result::problem)
                    .containsExactly(altered, "altered");
        }
    }

    @Test
    void aTailCutWithTheHeadMovedBackVerifiesAloneButNotAgainstTheAnchoredHead() throws IOException {
        Checkpoint anchored = anchor.anchor();
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            forger.truncateAfter(anchored.seq() - 2);

            assertThat(verify().intact())
                    .as("the chain by itself is consistent: only the anchors can tell")
                    .isTrue();
            api.as(ADMIN)
                    .post("/admin/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", equalTo(false))
                    .body("problem", equalTo("truncated"))
                    .body("firstBrokenSeq", equalTo((int) anchored.seq() - 1));
        }
        api.as(ADMIN)
                .post("/admin/audit/verification")
                .then()
                .body("intact", equalTo(true))
                .body("checkpointsChecked", equalTo(checkpointsInTheAnchorFile()));
    }

    @Test
    void aTailCutAndWrittenAgainIsFoundAtTheCheckpointTheCollectorKept() {
        long before = forger.lastSeq();
        trail.recordView("TEST_VIEW", null, "the entry the collector's checkpoint covers");
        Chained.now(chain);
        Checkpoint kept = anchor.anchor();
        try (AuditLogSnapshot saved = AuditLogSnapshot.take(jdbc)) {
            forger.truncateAfter(before);
            trail.recordView("TEST_VIEW", null, "written in place of the cut entry, sealed by the application itself");
            Chained.now(chain);

            api.as(ADMIN)
                    .body(Map.of("checkpoints", List.of("2026-06-01 09:00:00 INFO app-2 " + kept.line())))
                    .post("/admin/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", equalTo(false))
                    .body("problem", equalTo("checkpoint-mismatch"))
                    .body("firstBrokenSeq", equalTo((int) kept.seq()));
        }
    }

    @Test
    void aCleanChainVerifiesAgainstTheCheckpointsOfTheAnchorFileAndTheRequest() throws IOException {
        Checkpoint kept = anchor.anchor();
        complaints.accepted();
        Chained.now(chain);

        api.as(ADMIN)
                .body(Map.of("checkpoints", List.of(kept.line())))
                .post("/admin/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBrokenSeq", equalTo(null))
                .body("checkpointsChecked", equalTo(checkpointsInTheAnchorFile() + 1));
    }

    @Test
    void aCheckpointNotSealedWithTheAuditKeyIsRefusedNamingIt() {
        Checkpoint kept = anchor.anchor();
        String forged = kept.line().replace("seq=" + kept.seq(), "seq=" + (kept.seq() + 5));

        api.as(ADMIN)
                .body(Map.of("checkpoints", List.of(kept.line(), forged)))
                .post("/admin/audit/verification")
                .then()
                .spec(invalidField("checkpoints[1]", "constraint.audit-checkpoint"));
        api.as(ADMIN)
                .body(Map.of("checkpoints", List.of("AUDIT-ANCHOR seq=1")))
                .post("/admin/audit/verification")
                .then()
                .spec(invalidField("checkpoints[0]", "constraint.audit-checkpoint"));
    }

    /** The chain by itself: no checkpoint, not even this node's anchor file. */
    private Result verify() {
        return ChainAlone.verify(entries, heads, seal);
    }

    private Integer keyVersionOf(long seq) {
        return jdbc.queryForObject("select key_version from audit_log where seq = ?", Integer.class, seq);
    }

    private int checkpointsInTheAnchorFile() throws IOException {
        return anchorFile.lines().size();
    }
}
