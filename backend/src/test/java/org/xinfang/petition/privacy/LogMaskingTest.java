package org.xinfang.petition.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a log line keeps of personal data, and what it leaves alone. */
class LogMaskingTest {

    @Test
    void personalDataIsMaskedAsTheListsShowIt() {
        assertThat(LogMasking.mask("id 11010519491231002X, old id 110105491231002"))
                .isEqualTo("id 1101**********002X, old id 1101*******1002");
        assertThat(LogMasking.mask("call +86 138-1234-5678 or 0951-1234567"))
                .isEqualTo("call +86 138****5678 or *******4567");
        assertThat(LogMasking.mask("mail zhang.wei@example.com")).isEqualTo("mail z***@example.com");
        assertThat(LogMasking.mask("Complainant[name=张伟, idNumber=11010519491231002X]"))
                .isEqualTo("Complainant[name=张*, idNumber=1101**********002X]");
        assertThat(LogMasking.mask("{\"complainantName\":\"欧阳娜娜\"} 姓名：李娜"))
                .isEqualTo("{\"complainantName\":\"欧***\"} 姓名：李*");
    }

    @Test
    void trackingNumbersTimesOtherNamesAndDigitsInsideHashesAreLeftAlone() {
        String line = "case XF20261122-640104-K7M3QD at 2026-11-22T09:30:00+08:00 took 1234567 ms, fileName=回复.pdf,"
                + " chain head 9f0e13812345678a, key a11010519491231002Xf";

        assertThat(LogMasking.mask(line)).isEqualTo(line);
    }
}
