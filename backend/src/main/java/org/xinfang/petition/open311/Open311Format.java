package org.xinfang.petition.open311;

import java.util.Locale;
import org.springframework.http.MediaType;

/**
 * The format a client asks for by the resource's suffix ({@code services.json}, {@code requests/XF….xml}); without
 * one, XML, the format the specification requires of every server.
 */
enum Open311Format {
    JSON("application/json;charset=utf-8"),
    XML("text/xml;charset=utf-8");

    private final String mediaType;

    Open311Format(String mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return MediaType.parseMediaType(mediaType);
    }

    /** The format of a request's path; null for a suffix we do not serve. */
    static Open311Format ofPath(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < path.lastIndexOf('/')) {
            return XML;
        }
        return switch (path.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> null;
        };
    }
}
