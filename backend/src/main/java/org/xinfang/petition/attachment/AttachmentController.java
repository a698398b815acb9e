package org.xinfang.petition.attachment;

import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.caseview.CaseAttachments.Item;

@RestController
@RequestMapping("/api/v1/complaints/{trackingNumber}/attachments")
class AttachmentController {

    private final CaseFiles caseFiles;

    AttachmentController(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    /** The case's attachments (metadata). */
    @GetMapping
    List<Item> list(@PathVariable String trackingNumber) {
        return caseFiles.list(trackingNumber);
    }

    /**
     * One attachment's content, always as a download of its detected type, never rendered by the browser; decrypted
     * as it is sent (a stream, so no byte ranges).
     */
    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@PathVariable String trackingNumber, @PathVariable Long id) {
        return caseFiles.download(trackingNumber, id).served(ContentDisposition.attachment());
    }

    /** Staff attach files to a case they may see (the bureau's reply material, a scanned letter, a recording). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<Item> upload(
            @PathVariable String trackingNumber,
            @RequestParam(required = false) Purpose purpose,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return caseFiles.upload(trackingNumber, purpose, files);
    }
}
