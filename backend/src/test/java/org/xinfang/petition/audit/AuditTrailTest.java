package org.xinfang.petition.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PetitionTest;

/** The audit trail: every state change with who, role, unit and address, chained so that tampering shows. */
@PetitionTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditChain chain;

    Api api;
    Complaints complaints;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        complaints = new Complaints(api);
    }

    @Test
    void everyTransitionOfACaseIsAuditedWithWhoTheirRoleUnitAndAddress() {
        String number = complaints.accepted();
        Chained.now(chain);

        List<Map<String, Object>> entries = api.as(ADMIN)
                .param("trackingNumber", number)
                .param("sort", "seq,asc")
                .get("/admin/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("content");

        assertThat(entries)
                .extracting(entry -> entry.get("action"))
                .containsExactly("CASE_REGISTERED", "CASE_ACCEPTED");
        assertThat(entries.get(0)).containsEntry("actor", "citizen").containsEntry("clientAddress", "127.0.0.1");
        assertThat(entries.get(1))
                .containsEntry("actor", CLERK)
                .containsEntry("roles", "CLERK")
                .containsEntry("unit", "petition-640000");
        assertThat(entries.get(1).get("previousHash"))
                .isEqualTo(previousEntryHash((Integer) entries.get(1).get("seq")));
    }

    @Test
    void theChainOfAnUntouchedTrailVerifies() {
        complaints.accepted();

        api.as(ADMIN)
                .post("/admin/audit/verification")
                .then()
                .statusCode(200)
                .body("intact", equalTo(true))
                .body("firstBrokenSeq", equalTo(null));
    }

    @Test
    void alteringOneEntryIsDetectedAtThatEntry() {
        complaints.accepted();
        Chained.now(chain);
        long seq = lastSeq() - 1;
        String actor = jdbc.queryForObject("select actor from audit_log where seq = ?", String.class, seq);
        jdbc.update("update audit_log set actor = 'someone-else' where seq = ?", seq);
        try {
            api.as(ADMIN)
                    .post("/admin/audit/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) seq))
                    .body("problem", equalTo("altered"));
        } finally {
            jdbc.update("update audit_log set actor = ? where seq = ?", actor, seq);
        }
    }

    @Test
    void deletingAnEntryInsideOrAtTheEndOfTheChainIsDetected() {
        complaints.accepted();
        Chained.now(chain);
        long last = lastSeq();
        Map<String, Object> inside = jdbc.queryForMap("select * from audit_log where seq = ?", last - 1);
        Map<String, Object> end = jdbc.queryForMap("select * from audit_log where seq = ?", last);

        jdbc.update("delete from audit_log where seq = ?", last - 1);
        try {
            api.as(ADMIN)
                    .post("/admin/audit/verification")
                    .then()
                    .body("intact", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) last - 1))
                    .body("problem", equalTo("missing"));
        } finally {
            restore(inside);
        }
        jdbc.update("delete from audit_log where seq = ?", last);
        try {
            api.as(ADMIN)
                    .post("/admin/audit/verification")
                    .then()
                    .body("intact", equalTo(false))
                    .body("problem", equalTo("last-entries-missing"));
        } finally {
            restore(end);
        }
        api.as(ADMIN).post("/admin/audit/verification").then().body("intact", equalTo(true));
    }

    @Test
    void administratorsExportTheTrailAndOthersSeeNothingOfIt() {
        String number = complaints.accepted();

        api.as(ADMIN)
                .param("trackingNumber", number)
                .accept("text/csv")
                .get("/admin/audit/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("seq,occurred_at,actor"))
                .body(containsString("\"CASE_ACCEPTED\""));
        Chained.now(chain);
        assertThat(jdbc.queryForObject("select actor from audit_log where seq = ?", String.class, lastSeq()))
                .as("the export itself is audited")
                .isEqualTo(ADMIN);
        assertThat(jdbc.queryForObject("select action from audit_log where seq = ?", String.class, lastSeq()))
                .isEqualTo("AUDIT_EXPORTED");
        api.as(CLERK).get("/admin/audit").then().statusCode(403);
        api.as(CLERK).post("/admin/audit/verification").then().statusCode(403);
    }

    private long lastSeq() {
        return jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class);
    }

    private String previousEntryHash(int seq) {
        return jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, seq - 1);
    }

    private void restore(Map<String, Object> row) {
        jdbc.update(
                "insert into audit_log (seq, occurred_at, actor, actor_roles, actor_unit, action, tracking_number, "
                        + "detail, client_address, previous_hash, key_version, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"),
                row.get("occurred_at"),
                row.get("actor"),
                row.get("actor_roles"),
                row.get("actor_unit"),
                row.get("action"),
                row.get("tracking_number"),
                row.get("detail"),
                row.get("client_address"),
                row.get("previous_hash"),
                row.get("key_version"),
                row.get("hash"));
    }
}
