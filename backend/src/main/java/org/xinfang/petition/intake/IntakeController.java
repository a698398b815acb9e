package org.xinfang.petition.intake;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.abuse.SubmissionKeys;

@RestController
@RequestMapping("/api/v1")
class IntakeController {

    private final IdempotentFiling filing;

    IntakeController(IdempotentFiling filing) {
        this.filing = filing;
    }

    /**
     * 投诉登记: open to citizens (channel WEB) and operators (hotline, letter, mailbox, walk-in). With an
     * {@code Idempotency-Key} a retry of the same request gets the same 201 answer instead of a second case. A
     * citizen's filings are limited per client address (429 beyond).
     */
    @ApiResponse(responseCode = "429", description = "提交过于频繁 · the client address's submissions are used up")
    @PostMapping("/complaints")
    ResponseEntity<FiledComplaint> file(
            @Valid @RequestBody FileComplaintRequest request,
            @RequestHeader(name = SubmissionKeys.HEADER, required = false) String idempotencyKey,
            HttpServletRequest http) {
        return created(filing.file(request, idempotencyKey, http.getRemoteAddr()));
    }

    /**
     * 投诉登记 with attachments ({@code multipart/form-data}): the JSON part {@code complaint} is the same body as
     * above, the parts {@code files} the files (evidence, a scanned letter, an operator's call recording).
     */
    @ApiResponse(responseCode = "429", description = "提交过于频繁 · the client address's submissions are used up")
    @PostMapping(path = "/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FiledComplaint> fileWithAttachments(
            @Valid @RequestPart("complaint") FileComplaintRequest request,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            @RequestHeader(name = SubmissionKeys.HEADER, required = false) String idempotencyKey,
            HttpServletRequest http) {
        return created(filing.file(request, files, idempotencyKey, http.getRemoteAddr()));
    }

    private static ResponseEntity<FiledComplaint> created(FiledComplaint filed) {
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + filed.trackingNumber()))
                .body(filed);
    }
}
