package org.xinfang.petition.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seal of an entry and of a checkpoint, with HMAC-SHA256 and HMAC-SM3. */
class AuditSealTest {

    private static final Instant AT = Instant.parse("2026-06-01T01:00:00Z");
    private static final AuditRecord RECORD = new AuditRecord(
            "clerk", "CLERK", "petition-640000", "CASE_ACCEPTED", "XF-1", "unit petition-640000", "10.0.0.7");

    private static AuditSeal seal(ChainHash hash, int keyByte) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) keyByte);
        return new AuditSeal(new AuditKeys(Map.of(1, key), 1), hash);
    }

    @ParameterizedTest
    @EnumSource(ChainHash.class)
    void anEntryHoldsUnderItsKeyAndNotUnderAnotherOrThePlainHash(ChainHash hash) {
        AuditEntry entry = seal(hash, 1).seal(7, AT, RECORD, ChainHash.GENESIS);
        AuditEntry plain = new AuditEntry(
                7,
                AT,
                RECORD,
                ChainHash.GENESIS,
                1,
                hash.of(new AuditEntry(7, AT, RECORD, ChainHash.GENESIS, 1, "").canonical()));

        assertThat(entry.getKeyVersion()).isEqualTo(1);
        assertThat(entry.getHash()).hasSize(64);
        assertThat(seal(hash, 1).holds(entry)).isTrue();
        assertThat(seal(hash, 2).holds(entry)).as("another key").isFalse();
        assertThat(seal(hash, 1).holds(plain)).as("the plain hash").isFalse();
        assertThat(seal(hash, 1).holds(new AuditEntry(8, AT, RECORD, ChainHash.GENESIS, 1, entry.getHash())))
                .as("renumbered")
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(ChainHash.class)
    void aCheckpointIsFoundInACollectedLogLineAndHoldsOnlyAsSealed(ChainHash hash) {
        Checkpoint checkpoint = seal(hash, 1).checkpoint(42, "ab".repeat(32), AT);
        String logged =
                "2026-06-01T09:00:00.000+08:00  INFO 4242 --- [xinfang] [scheduling-1] o.x.p.audit.AuditAnchor : "
                        + checkpoint.line();

        assertThat(seal(hash, 1).authentic(logged)).hasValue(checkpoint);
        assertThat(seal(hash, 2).authentic(logged)).as("another key").isEmpty();
        assertThat(seal(hash, 1).authentic(logged.replace("seq=42", "seq=43")))
                .as("moved")
                .isEmpty();
        assertThat(seal(hash, 1).authentic(logged.replace("at=2026", "at=2027")))
                .as("re-dated")
                .isEmpty();
        assertThat(seal(hash, 1).authentic("AUDIT-ANCHOR seq=42")).isEmpty();
    }
}
