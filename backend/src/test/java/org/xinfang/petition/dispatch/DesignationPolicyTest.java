package org.xinfang.petition.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 指定办理: the dispatch that follows the configured number of dispatches designates its unit, and every later one. */
class DesignationPolicyTest {

    final DesignationPolicy afterThree = new DesignationPolicy(new DispatchProperties(3));

    @Test
    void theFirstThreeDispatchesDoNotDesignate() {
        assertThat(afterThree.designates(0)).isFalse();
        assertThat(afterThree.designates(1)).isFalse();
        assertThat(afterThree.designates(2)).isFalse();
    }

    @Test
    void theFourthDispatchDesignatesAndSoDoesAnyLaterOne() {
        assertThat(afterThree.designates(3)).isTrue();
        assertThat(afterThree.designates(4)).isTrue();
    }

    @Test
    void theNumberOfDispatchesBeforeADesignationIsASetting() {
        DesignationPolicy afterOne = new DesignationPolicy(new DispatchProperties(1));
        assertThat(afterOne.designates(0)).isFalse();
        assertThat(afterOne.designates(1)).isTrue();
    }
}
