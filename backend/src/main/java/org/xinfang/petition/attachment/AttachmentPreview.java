package org.xinfang.petition.attachment;

import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinfang.petition.web.PageController;

/**
 * An attachment as the workbench's case page shows it: images and PDFs inline, in the page's own frame, anything
 * else as a download. The same service as the API's download (scope, the identity rule, the audit of every view);
 * it has a route of its own because the API's responses may not be framed, and the pages' may by our own origin.
 * A refusal (an unknown case, a file withheld) is the error page, as on every page.
 */
@PageController
class AttachmentPreview {

    /** The types a browser shows without running anything of the file's (no SVG, no HTML). */
    private static final Set<String> SHOWN_INLINE = Set.of("application/pdf", "image/jpeg", "image/png");

    private final CaseFiles caseFiles;

    AttachmentPreview(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @GetMapping("/workbench/cases/{trackingNumber}/attachments/{id}")
    ResponseEntity<Resource> show(@PathVariable String trackingNumber, @PathVariable Long id) {
        Download download = caseFiles.download(trackingNumber, id);
        return download.served(
                SHOWN_INLINE.contains(download.contentType())
                        ? ContentDisposition.inline()
                        : ContentDisposition.attachment());
    }
}
