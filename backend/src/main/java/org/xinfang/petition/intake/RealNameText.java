package org.xinfang.petition.intake;

import java.util.Optional;

/**
 * The rules for a complainant's name and home address, shared by their constraints and by intake, which keeps
 * them normalised. Lengths count characters as people do (code points), so a rare character outside the basic
 * plane such as 𠀀 counts once.
 */
final class RealNameText {

    /** The separator of minority and foreign names on the resident ID card, as in 买买提·艾力. */
    static final int MIDDLE_DOT = '\u00B7';
    /** Dots that people type for it: katakana and half-width middle dots, bullet, hyphenation point, dot operators. */
    private static final String LOOKALIKE_DOTS = "\u30FB\uFF65\u2022\u2027\u2219\u22C5\u0387";

    private RealNameText() {}

    /** A name as kept: surrounding blanks dropped, every look-alike of the middle dot written as {@code ·}. */
    static String normaliseName(String raw) {
        StringBuilder name = new StringBuilder();
        raw.strip()
                .codePoints()
                .map(c -> LOOKALIKE_DOTS.indexOf(c) >= 0 ? MIDDLE_DOT : c)
                .forEach(name::appendCodePoint);
        return name.toString();
    }

    /**
     * Why a name cannot be a real name, as a message code: letters of any script (Chinese characters included) and
     * their marks only, a middle dot or a single space only between two parts, between {@code min} and {@code max}
     * characters. Digits, symbols and control characters are never part of a name.
     */
    static Optional<String> nameDefect(String raw, int min, int max) {
        String name = normaliseName(raw);
        int[] chars = name.codePoints().toArray();
        for (int c : chars) {
            if (!isLetterOrMark(c) && c != MIDDLE_DOT && c != ' ') {
                return Optional.of("constraint.PersonName.characters");
            }
        }
        if (chars.length < min || chars.length > max) {
            return Optional.of("constraint.PersonName.length");
        }
        for (int i = 0; i < chars.length; i++) {
            boolean separator = chars[i] == MIDDLE_DOT || chars[i] == ' ';
            if (separator
                    && (i == 0
                            || i == chars.length - 1
                            || !isLetterOrMark(chars[i - 1])
                            || !isLetterOrMark(chars[i + 1]))) {
                return Optional.of("constraint.PersonName.separator");
            }
        }
        return Optional.empty();
    }

    /** An address as kept: surrounding blanks dropped. */
    static String normaliseAddress(String raw) {
        return raw.strip();
    }

    /**
     * Why an address cannot be kept, as a message code: between {@code min} and {@code max} characters, and none
     * that is invisible or breaks the line (control and format characters, unpaired surrogates, private use).
     */
    static Optional<String> addressDefect(String raw, int min, int max) {
        String address = normaliseAddress(raw);
        if (address.codePoints().anyMatch(RealNameText::isHidden)) {
            return Optional.of("constraint.HomeAddress.characters");
        }
        long length = address.codePoints().count();
        if (length < min || length > max) {
            return Optional.of("constraint.HomeAddress.length");
        }
        return Optional.empty();
    }

    private static boolean isLetterOrMark(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isHidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
