package org.xinfang.petition.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatterSimilarityTest {

    @Test
    void theSameMatterInOtherPunctuationAndWidthIsIdentical() {
        assertThat(MatterSimilarity.between("噪声扰民，报警110无人处理。", "噪声扰民 报警１１０无人处理"))
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aRepeatInOtherWordsIsAboveTheDefaultThreshold() {
        assertThat(MatterSimilarity.between(
                        "小区周边夜间噪声扰民报警后无人处理 多次拨打110反映小区旁烧烤摊深夜噪声扰民，出警后无改善。", "再次反映小区夜间噪声扰民 上次反映的烧烤摊噪声问题仍未解决。"))
                .isGreaterThan(0.35);
    }

    @Test
    void unrelatedMattersShareNothing() {
        assertThat(MatterSimilarity.between("交通事故认定迟迟未出", "身份证补领超过规定时限")).isZero();
    }

    @Test
    void textWithoutLettersOrDigitsIsLikeNothing() {
        assertThat(MatterSimilarity.between("。。。", "噪声扰民")).isZero();
    }
}
