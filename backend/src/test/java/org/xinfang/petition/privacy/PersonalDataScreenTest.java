package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xinfang.petition.shared.PetitionException;

/** What the screen refuses in a text to be published, and that what it masks then passes. */
class PersonalDataScreenTest {

    private static final String NAME = "张伟";
    private static final String ID = "11010519491231002X";
    private static final String PHONE = "+8613812345678";
    private static final String ADDRESS = "宁夏银川市兴庆区解放街1号";

    private final PersonalDataScreen screen = new PersonalDataScreen();

    @Test
    void theRecordsOwnPersonalDataAndAnythingThatLooksLikeItAreMasked() {
        String pasted = "投诉人张伟，身份证11010519491231002X，电话138 1234 5678，住宁夏银川市兴庆区解放街1号，"
                + "座机0951-1234567，邮箱zw@example.cn，反映民警态度问题。";

        String masked = screen.mask(pasted, NAME, ID, PHONE, ADDRESS);

        assertThat(masked)
                .doesNotContain(NAME, ID, "1234 5678", "1234567", ADDRESS, "zw@example.cn")
                .contains("反映民警态度问题", Masks.WITHHELD);
        screen.check(masked, "publicSummary", NAME, ID, PHONE, ADDRESS);
    }

    @Test
    void aTextWithTheRecordsPersonalDataIsRefusedNamingTheField() {
        assertThatThrownBy(() -> screen.check("请联系张伟", "publicReply", NAME, null))
                .isInstanceOfSatisfying(
                        PetitionException.class,
                        refused -> assertThat(refused.violations())
                                .singleElement()
                                .satisfies(violation ->
                                        assertThat(violation.field()).isEqualTo("publicReply")));
        assertThatThrownBy(() -> screen.check("住宁夏银川市兴庆区解放街1号", "publicReply", ADDRESS))
                .isInstanceOf(PetitionException.class);
    }

    @Test
    void singleCharactersAndMissingValuesAreNotLookedFor() {
        screen.check("王先生反映的问题已处理", "publicReply", "王", null);
        assertThat(screen.mask("王先生反映的问题已处理", "王", null)).isEqualTo("王先生反映的问题已处理");
    }
}
