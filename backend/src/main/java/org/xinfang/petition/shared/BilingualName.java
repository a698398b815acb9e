package org.xinfang.petition.shared;

import java.util.Locale;

/**
 * A name kept in both languages, such as a unit's. As an argument of {@link Messages}, each language's text gets the
 * name in that language: an English notice names the bureau in English.
 */
public record BilingualName(String zh, String en) {

    public String in(Locale locale) {
        return Messages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }

    @Override
    public String toString() {
        return zh;
    }
}
