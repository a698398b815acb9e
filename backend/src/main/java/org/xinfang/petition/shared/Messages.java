package org.xinfang.petition.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Resolves a message code in both languages of the UI: Simplified Chinese first, English second. */
@Component
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String zh(String code, Object... args) {
        return source.getMessage(code, in(CHINESE, args), code, CHINESE);
    }

    public String en(String code, Object... args) {
        return source.getMessage(code, in(ENGLISH, args), code, ENGLISH);
    }

    /** The arguments with each {@link BilingualName} in the message's language. */
    private static Object[] in(Locale locale, Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] localised = args.clone();
        for (int i = 0; i < localised.length; i++) {
            if (localised[i] instanceof BilingualName name) {
                localised[i] = name.in(locale);
            }
        }
        return localised;
    }

    /** The message in English for an English locale, else in Chinese, the default language. */
    public String text(Locale locale, String code, Object... args) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? en(code, args) : zh(code, args);
    }

    /** Whether the code has a message of its own (else it would show as itself). */
    public boolean has(String code) {
        return source.getMessage(code, null, null, ENGLISH) != null;
    }

    /** "中文 / English", for the places a client shows one line. */
    public String both(String code, Object... args) {
        return zh(code, args) + " / " + en(code, args);
    }

    /** A field's violation in one language, the field's label as argument 0 (as the problem's field errors say it). */
    public String violation(PetitionException.FieldViolation violation, Locale locale) {
        Object[] args = violation.args();
        Object[] all = new Object[args.length + 1];
        all[0] = fieldLabel(violation.field(), locale);
        System.arraycopy(args, 0, all, 1, args.length);
        return source.getMessage(violation.code(), all, violation.code(), locale);
    }

    /** The label of a request field in one language; nested and indexed paths fall back to their last part. */
    public String fieldLabel(String field, Locale locale) {
        String path = field.replaceAll("\\[\\d+]", "");
        try {
            return source.getMessage("field." + path, null, locale);
        } catch (NoSuchMessageException e) {
            String last = path.substring(path.lastIndexOf('.') + 1);
            return source.getMessage("field." + last, null, path, locale);
        }
    }
}
