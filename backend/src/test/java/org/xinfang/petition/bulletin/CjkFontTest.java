package org.xinfang.petition.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Refusals.assertRefused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/**
 * The bulletin's Chinese font is found on the machine, never downloaded: Noto Sans CJK's Simplified Chinese face in
 * its standard place (the CI installs Debian's fonts-noto-cjk), or the one the setting names; none, a clear 409.
 */
class CjkFontTest {

    @Test
    void theStandardPlacesGiveNotoSansCjksSimplifiedChineseFace() {
        CjkFont font = new CjkFont(null, CjkFont.STANDARD_PLACES);

        assertThat(font.source()).contains("CJK");
        assertThat(font.pdf().getPostscriptFontName()).containsIgnoringCase("sc");
        assertThat(font.awt().canDisplayUpTo("全省公安信访工作考核通报")).isEqualTo(-1);
    }

    @Test
    void aFaceOfACollectionCanBeNamedByItsIndex() {
        String collection = CjkFont.STANDARD_PLACES.stream()
                .filter(place -> Files.isReadable(Path.of(place)))
                .findFirst()
                .orElseThrow();

        CjkFont font = new CjkFont(collection + ",3", List.of());

        assertThat(font.source()).endsWith(",3");
        assertThat(font.pdf().getPostscriptFontName()).containsIgnoringCase("tc");
    }

    @Test
    void noFontAnywhereIsAClearConflict(@TempDir Path dir) throws IOException {
        assertRefused(
                () -> new CjkFont(null, List.of(dir.resolve("none.ttc").toString())).pdf(),
                HttpStatus.CONFLICT,
                "bulletin.no-font");
        assertRefused(
                () -> new CjkFont(dir.resolve("missing.otf").toString(), CjkFont.STANDARD_PLACES).pdf(),
                HttpStatus.CONFLICT,
                "bulletin.no-font");
        Path notAFont = Files.writeString(dir.resolve("notes.ttf"), "not a font");
        assertRefused(
                () -> new CjkFont(notAFont.toString(), CjkFont.STANDARD_PLACES).pdf(),
                HttpStatus.CONFLICT,
                "bulletin.no-font");
    }

    @Test
    void theRefusalSaysInBothLanguagesWhatToInstallOrName() {
        assertThat(ResourceBundle.getBundle("messages", Locale.ROOT).getString("bulletin.no-font"))
                .contains("fonts-noto-cjk")
                .contains("petition.bulletin.font");
        assertThat(ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE)
                        .getString("bulletin.no-font"))
                .contains("中文字体")
                .contains("fonts-noto-cjk")
                .contains("petition.bulletin.font");
    }
}
