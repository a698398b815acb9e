package org.xinfang.petition.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.xinfang.petition.shared.PetitionException;

/**
 * One attachment's content on its way out, authenticated in full before it is handed out and decrypted as it is
 * sent: to staff ({@link CaseFiles}) and to the complainant ({@link ReplyFiles}) alike.
 */
public record Download(InputStream content, String name, String contentType, long size) {

    private static final Logger log = LoggerFactory.getLogger(Download.class);

    /** A stored file that is missing or fails its check is refused whole, and said in the log, never served in part. */
    static Download opened(ContentStore store, Attachment attachment, String trackingNumber) {
        if (attachment.isErased()) {
            throw PetitionException.gone("attachment.erased", attachment.getId(), trackingNumber);
        }
        try {
            return new Download(
                    store.open(attachment.getStorageKey()),
                    attachment.getOriginalName(),
                    attachment.getContentType(),
                    attachment.getSizeBytes());
        } catch (IOException e) {
            log.error(
                    "Attachment {} of case {} is not served: its stored file is missing or damaged ({})",
                    attachment.getId(),
                    trackingNumber,
                    e.getMessage());
            throw PetitionException.internal("attachment.damaged", attachment.getId());
        }
    }

    /** Lets go of the content when the download is refused after all. */
    void discard() {
        try {
            content.close();
        } catch (IOException e) {
            log.debug("Closing an attachment's content failed: {}", e.getMessage());
        }
    }

    /**
     * The content as a response of its detected type, under the disposition given (a download, or inline for a
     * preview; the name also as RFC 5987 {@code filename*}, so that Chinese names survive), never sniffed into
     * another type and never kept in a cache; decrypted as it is sent (a stream, so no byte ranges).
     */
    public ResponseEntity<Resource> served(ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(size)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}
