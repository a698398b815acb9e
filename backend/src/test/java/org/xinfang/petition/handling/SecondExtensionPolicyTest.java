package org.xinfang.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 延期以一次为限: the first extension needs no override, a further one only the office's explicit override. */
class SecondExtensionPolicyTest {

    final SecondExtensionPolicy policy = new SecondExtensionPolicy();

    @Test
    void aLimitNotExtendedYetMayBeExtendedWithoutOverride() {
        assertThat(policy.allows(0, false)).isTrue();
        assertThat(policy.allows(0, true)).isTrue();
    }

    @Test
    void aLimitExtendedOnceMayBeExtendedAgainOnlyByOverride() {
        assertThat(policy.allows(10, false)).isFalse();
        assertThat(policy.allows(10, true)).isTrue();
    }
}
