package org.xinfang.petition.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aPathInTheNameIsDropped() {
        assertThat(FileNames.sanitise("C:\\Users\\张伟\\投诉材料.pdf")).isEqualTo("投诉材料.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void controlAndReservedCharactersBecomeUnderscores() {
        assertThat(FileNames.sanitise("a\u0000b\r\n\u202Efdp.exe\"x;.pdf")).isEqualTo("a_b___fdp.exe_x_.pdf");
    }

    @Test
    void aHiddenOrEmptyNameGetsAPlainOne() {
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitise("   ")).isEqualTo("attachment");
        assertThat(FileNames.sanitise(null)).isEqualTo("attachment");
    }

    @Test
    void aLongNameIsShortenedKeepingItsExtension() {
        String name = FileNames.sanitise("材".repeat(300) + ".docx");

        assertThat(name).hasSize(200).endsWith("材.docx");
    }

    @Test
    void theExtensionIsReadInLowerCase() {
        assertThat(FileNames.extension("scene.JPG")).isEqualTo("jpg");
        assertThat(FileNames.extension("README")).isEmpty();
    }
}
