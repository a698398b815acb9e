package org.xinfang.petition.screening;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a complaint's own words say about how many complain: "联名" (a joint letter), "集体上访" and its kin (a
 * group), and counts such as "我们23名村民", "我们共有三十余人", "张三等12人". Bare "集体" is not enough: 集体土地 is
 * collective land, not a group complaint.
 */
final class JointComplaintText {

    private static final Pattern JOINT = Pattern.compile("联名");
    private static final Pattern GROUP = Pattern.compile("集体(上访|来访|走访|信访|投诉|反映|举报|请愿)");
    private static final Pattern PERSONS =
            Pattern.compile("(我们|我等|等)共?有?(\\d{1,6}|[零〇一二两三四五六七八九十百千]{1,8})[余多]?(名|位|户|人|个人)");
    private static final String DIGITS = "零一二三四五六七八九";

    private JointComplaintText() {}

    static boolean mentionsJoint(String text) {
        return JOINT.matcher(normalise(text)).find();
    }

    static boolean mentionsGroup(String text) {
        return GROUP.matcher(normalise(text)).find();
    }

    /** The largest count of persons the text states, if it states one. */
    static OptionalInt persons(String text) {
        Matcher counts = PERSONS.matcher(normalise(text));
        int largest = 0;
        while (counts.find()) {
            largest = Math.max(largest, number(counts.group(2)));
        }
        return largest > 0 ? OptionalInt.of(largest) : OptionalInt.empty();
    }

    /** Full-width digits become ASCII; spaces go, so that "我们 23 名" reads as "我们23名". */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Arabic digits, or Chinese numerals up to the thousands (十二, 二十三, 两百, 一千零五). */
    static int number(String numeral) {
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        int total = 0;
        int digit = 0;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int value = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
            if (value >= 0) {
                digit = value;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                default -> 1000;
            };
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return total + digit;
    }
}
