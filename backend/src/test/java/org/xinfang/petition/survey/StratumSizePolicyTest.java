package org.xinfang.petition.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** How many of a stratum are drawn: the configured size per bureau, or the configured share, never more than all. */
class StratumSizePolicyTest {

    @Test
    void eachStratumGivesTheConfiguredSizeOrAllItHas() {
        StratumSizePolicy sizes = new StratumSizePolicy(properties(10, null));

        assertThat(sizes.sampleOf(0)).isZero();
        assertThat(sizes.sampleOf(3)).isEqualTo(3);
        assertThat(sizes.sampleOf(10)).isEqualTo(10);
        assertThat(sizes.sampleOf(250)).isEqualTo(10);
        assertThat(new StratumSizePolicy(properties(4, null)).sampleOf(9)).isEqualTo(4);
    }

    @Test
    void aShareReplacesTheSizeRoundedUpAndAtLeastOne() {
        StratumSizePolicy sizes = new StratumSizePolicy(properties(10, 0.2));

        assertThat(sizes.sampleOf(0)).isZero();
        assertThat(sizes.sampleOf(1)).isEqualTo(1);
        assertThat(sizes.sampleOf(4)).isEqualTo(1);
        assertThat(sizes.sampleOf(5)).isEqualTo(1);
        assertThat(sizes.sampleOf(6)).isEqualTo(2);
        assertThat(sizes.sampleOf(100)).isEqualTo(20);
        assertThat(sizes.sampleOf(101)).isEqualTo(21);
        assertThat(new StratumSizePolicy(properties(10, 1.0)).sampleOf(37)).isEqualTo(37);
    }

    private static SurveyProperties properties(int perBureau, Double share) {
        return new SurveyProperties(perBureau, share, 3, 60, "公安局信访办", DataSize.ofMegabytes(2), 5000);
    }
}
