package org.xinfang.petition.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.intake.StatusLookup.PublicCaseView;

@RestController
@RequestMapping("/api/v1")
class IntakeController {

  private final Intake intake;
  private final StatusLookup lookup;
  private final SupplementingMaterial supplementing;

  IntakeController(Intake intake, StatusLookup lookup, SupplementingMaterial supplementing) {
    this.intake = intake;
    this.lookup = lookup;
    this.supplementing = supplementing;
  }

  /** 投诉登记: open to citizens (channel WEB) and operators (hotline, letter, mailbox, walk-in). */
  @PostMapping("/complaints")
  ResponseEntity<FiledComplaint> file(@Valid @RequestBody FileComplaintRequest request) {
    FiledComplaint filed = intake.file(request);
    return ResponseEntity.created(URI.create("/api/v1/complaints/" + filed.trackingNumber())).body(filed);
  }

  /** 进度查询: the citizen's public view, by tracking number and query code. */
  @PostMapping("/lookup")
  PublicCaseView lookup(@Valid @RequestBody LookupRequest request) {
    return lookup.lookup(request.trackingNumber(), request.queryCode());
  }

  /** 补充材料: the complainant answers the bureau's request for material; the handling clock runs again. */
  @PostMapping("/lookup/material")
  ResponseEntity<Void> supplyMaterial(@Valid @RequestBody MaterialSupplement supplement) {
    supplementing.supply(supplement.trackingNumber(), supplement.queryCode(), supplement.note());
    return ResponseEntity.noContent().build();
  }

  record MaterialSupplement(@NotBlank @Size(max = 40) String trackingNumber,
      @NotBlank @Size(max = 20) String queryCode, @NotBlank @Size(max = 2000) String note) {}

  record LookupRequest(@NotBlank @Size(max = 40) String trackingNumber, @NotBlank @Size(max = 20) String queryCode) {}
}
