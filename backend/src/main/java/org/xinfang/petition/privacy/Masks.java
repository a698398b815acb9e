package org.xinfang.petition.privacy;

/**
 * Masked forms of personal data for lists, logs, exports, notifications to units and public pages
 * (e.g. {@code 1101**********002X}, {@code 138****5678}); the full value only on an explicit, audited request.
 */
public final class Masks {

    private Masks() {}

    /** Keeps the first four (the province and city) and the last four characters. */
    public static String residentId(String value) {
        return keepEnds(value, 4, 4);
    }

    /** Shown instead of every detail of a complainant whose identity the viewer may not know. */
    public static final String WITHHELD = "***";

    /**
     * Keeps the first three and the last four digits of a mobile number; a landline keeps its last four. The
     * country code of a number in E.164 ({@code +8613812345678}) is dropped first.
     */
    public static String phone(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (value.startsWith("+86")) {
            digits = digits.substring(2);
        }
        return digits.length() == 11 && digits.startsWith("1") ? keepEnds(digits, 3, 4) : keepEnds(digits, 0, 4);
    }

    /** Keeps the first character of the mailbox and the domain ({@code z***@example.com}). */
    public static String email(String value) {
        if (value == null) {
            return null;
        }
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return keepEnds(value, 0, 0);
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /** Keeps the family name (the first character, whole code point). */
    public static String name(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }

    /** Keeps the first six characters (province, city, district) of an address. */
    public static String address(String value) {
        if (value == null) {
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length <= 6) {
            return "*".repeat(length);
        }
        return value.substring(0, value.offsetByCodePoints(0, 6)) + "****";
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
