package org.xinfang.petition.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.multipart.MultipartFile;

/** What the portal's pages share. */
final class Pages {

    private Pages() {}

    /**
     * A page that shows a query code (or carries it in its forms) is kept by no cache and no browser history: the
     * code is never in a URL or a session, and should not stay on a shared computer either.
     */
    static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The files chosen: a file input left empty still sends a part without a name. */
    static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null
                ? List.of()
                : files.stream()
                        .filter(file -> file.getOriginalFilename() != null
                                && !file.getOriginalFilename().isBlank())
                        .toList();
    }
}
