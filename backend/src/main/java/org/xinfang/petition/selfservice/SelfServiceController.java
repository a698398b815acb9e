package org.xinfang.petition.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.abuse.LookupThrottle;
import org.xinfang.petition.selfservice.StatusLookup.PublicCaseView;
import org.xinfang.petition.shared.PlainText;

@RestController
@RequestMapping("/api/v1")
class SelfServiceController {

    private final StatusLookup lookup;
    private final SupplementingMaterial supplementing;
    private final Withdrawals withdrawals;
    private final LookupThrottle throttle;

    SelfServiceController(
            StatusLookup lookup,
            SupplementingMaterial supplementing,
            Withdrawals withdrawals,
            LookupThrottle throttle) {
        this.lookup = lookup;
        this.supplementing = supplementing;
        this.withdrawals = withdrawals;
        this.throttle = throttle;
    }

    /** 进度查询: the citizen's public view, by tracking number and query code; throttled against guessing. */
    @PostMapping("/lookup")
    PublicCaseView lookup(@Valid @RequestBody LookupRequest request, HttpServletRequest http) {
        return throttle.guard(
                request.trackingNumber(),
                http.getRemoteAddr(),
                () -> lookup.lookup(request.trackingNumber(), request.queryCode()));
    }

    /** 补充材料: the complainant answers the bureau's request for material; the handling clock runs again. */
    @PostMapping("/lookup/material")
    ResponseEntity<Void> supplyMaterial(@Valid @RequestBody MaterialSupplement supplement, HttpServletRequest http) {
        throttle.guard(
                supplement.trackingNumber(),
                http.getRemoteAddr(),
                () -> supplementing.supply(supplement.trackingNumber(), supplement.queryCode(), supplement.note()));
        return ResponseEntity.noContent().build();
    }

    /** 补充材料 with files ({@code multipart/form-data}): the JSON part {@code supplement} and the parts {@code files}. */
    @PostMapping(path = "/lookup/material", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> supplyMaterialWithFiles(
            @Valid @RequestPart("supplement") MaterialSupplement supplement,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest http) {
        throttle.guard(
                supplement.trackingNumber(),
                http.getRemoteAddr(),
                () -> supplementing.supply(
                        supplement.trackingNumber(), supplement.queryCode(), supplement.note(), files));
        return ResponseEntity.noContent().build();
    }

    /** 撤回: the complainant withdraws an open complaint, with an optional reason; the case ends as WITHDRAWN. */
    @PostMapping("/lookup/withdrawal")
    ResponseEntity<Void> withdraw(@Valid @RequestBody WithdrawalRequest withdrawal, HttpServletRequest http) {
        throttle.guard(
                withdrawal.trackingNumber(),
                http.getRemoteAddr(),
                () -> withdrawals.withdraw(withdrawal.trackingNumber(), withdrawal.queryCode(), withdrawal.reason()));
        return ResponseEntity.noContent().build();
    }

    record MaterialSupplement(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,
            @NotBlank @PlainText @Size(max = 20) String queryCode,

            @NotBlank @PlainText(lines = true) @Size(max = 2000)
            String note) {}

    record WithdrawalRequest(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,
            @NotBlank @PlainText @Size(max = 20) String queryCode,
            @PlainText(lines = true) @Size(max = 2000) String reason) {}

    record LookupRequest(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,
            @NotBlank @PlainText @Size(max = 20) String queryCode) {}
}
