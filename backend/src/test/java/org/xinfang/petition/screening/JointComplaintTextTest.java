package org.xinfang.petition.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JointComplaintTextTest {

    @ParameterizedTest
    @CsvSource({
        "我们23名村民, 23",
        "我们 ２３ 名村民, 23",
        "我们共有三十余人, 30",
        "张三等十二人联名, 12",
        "我们两户, 2",
        "我等一百二十位业主, 120",
        "我们一千零五名职工, 1005",
        "我们三个人, 3"
    })
    void theTextSaysHowManyComplain(String text, int persons) {
        assertThat(JointComplaintText.persons(text)).hasValue(persons);
    }

    @ParameterizedTest
    @ValueSource(strings = {"等了3个月", "共有5名民警出警", "我们村", "2026年3月5日"})
    void otherNumbersAreNoCountOfComplainants(String text) {
        assertThat(JointComplaintText.persons(text)).isEqualTo(OptionalInt.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"村民集体上访", "集体反映", "多人集体 投诉"})
    void aGroupComplaintSaysSo(String text) {
        assertThat(JointComplaintText.mentionsGroup(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"集体土地被占用", "村集体经济"})
    void collectivePropertyIsNoGroupComplaint(String text) {
        assertThat(JointComplaintText.mentionsGroup(text)).isFalse();
    }
}
