package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names and addresses: what a real one may hold, counted in characters as people count them. */
class RealNameTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"张伟", "欧阳娜娜", "𠀀𠮷明", "𠀀𠮷", "买买提·艾力", "阿依古丽·买买提·吐尔逊", "Anna Smith", "Zoë", "Nguyễn Văn An"})
    void aRealNameIsAccepted(String name) {
        assertThat(RealNameText.nameDefect(name, 2, 50)).isEmpty();
    }

    static Stream<Arguments> wrongNames() {
        return Stream.of(
                Arguments.of("张伟2", "constraint.PersonName.characters"),
                Arguments.of("张\u0000伟", "constraint.PersonName.characters"),
                Arguments.of("张\n伟", "constraint.PersonName.characters"),
                Arguments.of("张伟!", "constraint.PersonName.characters"),
                Arguments.of("张伟😀", "constraint.PersonName.characters"),
                Arguments.of("张", "constraint.PersonName.length"),
                Arguments.of("𠀀", "constraint.PersonName.length"),
                Arguments.of("张".repeat(51), "constraint.PersonName.length"),
                Arguments.of("·买买提", "constraint.PersonName.separator"),
                Arguments.of("买买提·", "constraint.PersonName.separator"),
                Arguments.of("买买提··艾力", "constraint.PersonName.separator"),
                Arguments.of("Anna  Smith", "constraint.PersonName.separator"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongNames")
    void aWrongNameIsRefusedWithWhatIsWrong(String name, String code) {
        assertThat(RealNameText.nameDefect(name, 2, 50)).contains(code);
    }

    @Test
    void fiftyCharactersOutsideTheBasicPlaneAreFiftyCharacters() {
        assertThat(RealNameText.nameDefect("𠀀".repeat(50), 2, 50)).isEmpty();
        assertThat(RealNameText.nameDefect("𠀀".repeat(51), 2, 50)).contains("constraint.PersonName.length");
    }

    @Test
    void lookAlikeDotsAreKeptAsTheMiddleDot() {
        assertThat(RealNameText.normaliseName(" 买买提・艾力 ")).isEqualTo("买买提·艾力");
        assertThat(RealNameText.normaliseName("买买提•艾力")).isEqualTo("买买提·艾力");
        assertThat(RealNameText.nameDefect("买买提・艾力", 2, 50)).isEmpty();
    }

    static Stream<Arguments> wrongAddresses() {
        return Stream.of(
                Arguments.of("宁夏银川", "constraint.HomeAddress.length"),
                Arguments.of("宁".repeat(301), "constraint.HomeAddress.length"),
                Arguments.of("宁夏银川市\n兴庆区解放街1号", "constraint.HomeAddress.characters"),
                Arguments.of("宁夏银川市\u202E兴庆区解放街1号", "constraint.HomeAddress.characters"),
                Arguments.of("宁夏银川市\u0007兴庆区解放街1号", "constraint.HomeAddress.characters"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongAddresses")
    void aWrongAddressIsRefusedWithWhatIsWrong(String address, String code) {
        assertThat(RealNameText.addressDefect(address, 5, 300)).contains(code);
    }

    @Test
    void anAddressWithDigitsAndRareCharactersIsAccepted() {
        assertThat(RealNameText.addressDefect("宁夏银川市兴庆区解放街1号𠮷野小区3-2-101", 5, 300))
                .isEmpty();
    }
}
