package org.xinfang.petition.bulletin;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;

/**
 * The Chinese font of the bulletin, found on this machine: nothing is downloaded. The setting
 * {@code petition.bulletin.font} names it; otherwise the standard places of Noto Sans CJK are searched (Debian's
 * {@code fonts-noto-cjk}, Fedora's, Arch's and Alpine's) and, in a collection, the Simplified Chinese face is taken.
 * The PDF embeds a subset of it (Identity-H); the chart is drawn with it. No font: 409 {@code bulletin.no-font}.
 */
@Component
class CjkFont {

    static final List<String> STANDARD_PLACES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private final String configured;
    private final List<String> places;
    private Face face;

    @Autowired
    CjkFont(BulletinProperties properties) {
        this(properties.font(), STANDARD_PLACES);
    }

    CjkFont(String configured, List<String> places) {
        this.configured = configured == null || configured.isBlank() ? null : configured.strip();
        this.places = places;
    }

    /** The font for the PDF, embedded as a subset. */
    BaseFont pdf() {
        return face().pdf();
    }

    /** The same face for drawing (the chart). */
    Font awt() {
        return face().awt();
    }

    /** Where the face is, as {@code file,index} for a collection. */
    String source() {
        return face().source();
    }

    private synchronized Face face() {
        if (face == null) {
            face = load(configured != null ? configured : firstStandard());
        }
        return face;
    }

    private String firstStandard() {
        return places.stream()
                .filter(place -> Files.isReadable(Path.of(place)))
                .findFirst()
                .orElseThrow(() -> PetitionException.conflict("bulletin.no-font", String.join(", ", places)));
    }

    private static Face load(String setting) {
        int comma = setting.lastIndexOf(',');
        boolean indexed = comma > 0 && setting.substring(comma + 1).strip().matches("\\d+");
        String file = indexed ? setting.substring(0, comma).strip() : setting;
        if (!Files.isReadable(Path.of(file))) {
            throw PetitionException.conflict("bulletin.no-font", file);
        }
        Face face;
        try {
            boolean collection = file.toLowerCase(Locale.ROOT).endsWith(".ttc");
            int index = indexed
                    ? Integer.parseInt(setting.substring(comma + 1).strip())
                    : collection ? simplifiedChinese(file) : -1;
            String source = index >= 0 ? file + "," + index : file;
            Font[] faces = Font.createFonts(new File(file));
            face = new Face(
                    source,
                    BaseFont.createFont(source, BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                    faces[Math.min(Math.max(index, 0), faces.length - 1)]);
        } catch (DocumentException | IOException | FontFormatException unreadable) {
            throw PetitionException.conflict("bulletin.no-font", file);
        }
        if (face.awt().canDisplayUpTo("考核通报") != -1) {
            throw PetitionException.conflict("bulletin.no-font", face.source());
        }
        return face;
    }

    /** The Simplified Chinese face of a collection (Noto's "… SC"), else its first. */
    private static int simplifiedChinese(String file) throws DocumentException, IOException {
        String[] names = BaseFont.enumerateTTCNames(file);
        for (int i = 0; i < names.length; i++) {
            if (names[i].matches("(?i).*(\\bSC\\b|CJKsc|Hans|GB).*")) {
                return i;
            }
        }
        return 0;
    }

    private record Face(String source, BaseFont pdf, Font awt) {}
}
