package org.xinfang.petition.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.xinfang.petition.shared.Messages;

/** What an Open311 request's path and headers say besides its arguments: the format and the language. */
final class Open311Request {

    private Open311Request() {}

    /** The format its path's suffix asks for; XML where the suffix is not one we serve, to say so in. */
    static Open311Format format(HttpServletRequest request) {
        Open311Format format = Open311Format.ofPath(request.getRequestURI());
        return format == null ? Open311Format.XML : format;
    }

    /** English when the client's first language is English, else Chinese, our default. */
    static Locale language(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null
                        && Messages.ENGLISH
                                .getLanguage()
                                .equals(request.getLocale().getLanguage())
                ? Messages.ENGLISH
                : Messages.CHINESE;
    }

    /** A resource's id without the format's suffix ({@code XF….json} is {@code XF…}). */
    static String withoutFormat(String resource) {
        int dot = resource.lastIndexOf('.');
        return dot < 0 ? resource : resource.substring(0, dot);
    }
}
