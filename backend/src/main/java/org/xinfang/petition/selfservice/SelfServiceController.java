package org.xinfang.petition.selfservice;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.evaluation.RatingView;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.selfservice.SelfServiceRequests.LookupRequest;
import org.xinfang.petition.selfservice.SelfServiceRequests.MaterialSupplement;
import org.xinfang.petition.selfservice.SelfServiceRequests.RatingRequest;
import org.xinfang.petition.selfservice.SelfServiceRequests.ReviewAsked;
import org.xinfang.petition.selfservice.SelfServiceRequests.WithdrawalRequest;

@RestController
@RequestMapping("/api/v1")
@ApiResponse(responseCode = "429", description = "查询过于频繁 · too many failed lookups of this case or address")
class SelfServiceController {

    private final SelfService selfService;

    SelfServiceController(SelfService selfService) {
        this.selfService = selfService;
    }

    /** 进度查询: the citizen's public view, by tracking number and query code; throttled against guessing. */
    @PostMapping("/lookup")
    PublicCaseView lookup(@Valid @RequestBody LookupRequest request, HttpServletRequest http) {
        return selfService.lookup(request, http.getRemoteAddr());
    }

    /**
     * 下载答复附件: a file of a reply sent to the complainant, always as a download. The credentials go in the body, as
     * for the lookup, so that the query code is in no URL and no log; under the same throttle.
     */
    @PostMapping("/lookup/attachments/{id}")
    ResponseEntity<Resource> replyFile(
            @PathVariable Long id, @Valid @RequestBody LookupRequest credentials, HttpServletRequest http) {
        return selfService.replyFile(credentials, id, http.getRemoteAddr()).served(ContentDisposition.attachment());
    }

    /** 补充材料: the complainant answers the bureau's request for material; the handling clock runs again. */
    @PostMapping("/lookup/material")
    ResponseEntity<Void> supplyMaterial(@Valid @RequestBody MaterialSupplement supplement, HttpServletRequest http) {
        selfService.supplyMaterial(supplement, List.of(), http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    /** 补充材料 with files ({@code multipart/form-data}): the JSON part {@code supplement} and the parts {@code files}. */
    @PostMapping(path = "/lookup/material", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> supplyMaterialWithFiles(
            @Valid @RequestPart("supplement") MaterialSupplement supplement,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest http) {
        selfService.supplyMaterial(supplement, files, http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    /** 撤回: the complainant withdraws an open complaint, with an optional reason; the case ends as WITHDRAWN. */
    @PostMapping("/lookup/withdrawal")
    ResponseEntity<Void> withdraw(@Valid @RequestBody WithdrawalRequest withdrawal, HttpServletRequest http) {
        selfService.withdraw(withdrawal, http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    /**
     * 请求复查 / 复核: the complainant asks the body above for the next level of review of their closed case, with the
     * reason, within the window after the opinion they received; answers which level was asked for.
     */
    @PostMapping("/lookup/review")
    ResponseEntity<Map<String, Level>> askForReview(@Valid @RequestBody ReviewAsked request, HttpServletRequest http) {
        Level level = selfService.askForReview(request, http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("level", level));
    }

    /**
     * 评价 (好差评): the complainant rates the latest reply sent to them (满意 / 基本满意 / 不满意 with a reason), once
     * per reply, changeable within the window; kept apart from the office's callback.
     */
    @PostMapping("/lookup/rating")
    RatingView rate(@Valid @RequestBody RatingRequest rating, HttpServletRequest http) {
        return selfService.rate(rating, http.getRemoteAddr());
    }
}
