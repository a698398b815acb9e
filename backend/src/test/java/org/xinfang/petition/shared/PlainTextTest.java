package org.xinfang.petition.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Refusals.assertInvalid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain text: what people type, without what hides, reorders or breaks what others read. */
class PlainTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "民警执法态度问题",
                "3月5日 09:30，某派出所（兴庆区）",
                "Ünïcödé — “quoted” ‘text’ …",
                "𠀀𠀁 outside the basic plane",
                "emoji 👮‍♀️ with a joiner",
                "עברית and العربية in their own direction"
            })
    void ordinaryTextOfAnyScriptIsPlain(String text) {
        assertThat(PlainText.Rule.defectOf(text, false)).isEmpty();
        assertThat(PlainText.Rule.defectOf(text, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"first line\nsecond line", "first line\r\nsecond line", "paragraph\n\nparagraph"})
    void lineBreaksArePlainWhereTheTextHasLines(String text) {
        assertThat(PlainText.Rule.defectOf(text, true)).isEmpty();
        assertThat(PlainText.Rule.defectOf(text, false))
                .map(PlainText.Rule.Defect::code)
                .contains("constraint.PlainText.one-line");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bell \u0007",
                "nul \u0000",
                "escape \u001B[31m",
                "tab\there",
                "delete \u007F",
                "next line \u0085",
                "C1 \u009B",
                "override \u202E txet",
                "embedding \u202A",
                "isolate \u2066x\u2069",
                "mark \u200F",
                "arabic mark \u061C",
                "line separator \u2028",
                "paragraph separator \u2029",
                "lone high \uD800",
                "lone low \uDC00 surrogate",
                "reversed pair \uDC00\uD800"
            })
    void controlsBidiControlsAndLoneSurrogatesAreRefusedEvenWithLines(String text) {
        assertThat(PlainText.Rule.defectOf(text, true))
                .map(PlainText.Rule.Defect::code)
                .contains("constraint.PlainText.characters");
        assertThat(PlainText.Rule.defectOf(text, false)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "x\u202Ey"})
    void theRefusalNamesTheFieldAndTheCharacter(String text) {
        assertThat(PlainText.Rule.defectOf(text, true))
                .map(PlainText.Rule.Defect::character)
                .contains("U+202E");
        assertInvalid(() -> PlainText.Rule.check("comment", text, true), "comment", "constraint.PlainText.characters");
    }
}
