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

  IntakeController(Intake intake, StatusLookup lookup) {
    this.intake = intake;
    this.lookup = lookup;
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

  record LookupRequest(@NotBlank @Size(max = 40) String trackingNumber, @NotBlank @Size(max = 20) String queryCode) {}
}
