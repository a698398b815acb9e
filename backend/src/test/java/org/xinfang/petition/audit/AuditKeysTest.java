package org.xinfang.petition.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xinfang.petition.shared.SetupRequired;

/** Where the audit key comes from: never the database, and no start without one outside the embedded default. */
class AuditKeysTest {

    private static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2 = Base64.getEncoder().encodeToString(new byte[48]);

    @TempDir
    Path directory;

    @Test
    void withoutAKeyProductionDoesNotStart() {
        assertThatThrownBy(() -> AuditKeys.load(properties(null, null, null, false)))
                .isInstanceOfSatisfying(
                        SetupRequired.class,
                        missing -> assertThat(missing.action()).contains("PETITION_AUDIT_KEYS"));
        assertThatThrownBy(() -> AuditKeys.load(
                        properties(null, directory.resolve("missing.keys").toString(), null, false)))
                .isInstanceOf(SetupRequired.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void theEmbeddedDefaultCreatesItsKeyFileOnceForItsOwnerOnly() throws Exception {
        Path file = directory.resolve("keys/audit.keys");

        AuditKeys first = AuditKeys.load(properties(null, file.toString(), null, true));
        AuditKeys again = AuditKeys.load(properties(null, file.toString(), null, true));

        assertThat(first.activeVersion()).isEqualTo(1);
        assertThat(first.key(1)).hasSize(32).isEqualTo(again.key(1));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theHighestVersionIsActiveUnlessOneIsNamed() throws Exception {
        assertThat(AuditKeys.load(properties("1:" + KEY_1 + ",2:" + KEY_2, null, null, false))
                        .activeVersion())
                .isEqualTo(2);
        assertThat(AuditKeys.load(properties("1:" + KEY_1 + ",2:" + KEY_2, null, 1, false))
                        .activeVersion())
                .isEqualTo(1);
        Path shared = directory.resolve("all.keys");
        Files.writeString(
                shared,
                "data.1=" + KEY_1 + "\nindex=" + KEY_1 + "\naudit.1=" + KEY_1 + "\naudit.2=" + KEY_2
                        + "\naudit.active=1\n");
        AuditKeys fromFile = AuditKeys.load(properties(null, shared.toString(), null, false));
        assertThat(fromFile.activeVersion()).isEqualTo(1);
        assertThat(fromFile.has(2)).isTrue();
        assertThat(fromFile.has(3)).isFalse();
    }

    @Test
    void aShortKeyIsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> AuditKeys.load(properties("1:" + shortKey, null, null, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    private static AuditProperties properties(String keys, String keyFile, Integer active, boolean generate) {
        return new AuditProperties(
                ChainHash.SHA256,
                keys,
                keyFile,
                active,
                generate,
                "anchors.log",
                Duration.ofMinutes(10),
                Duration.ofSeconds(30),
                null);
    }
}
