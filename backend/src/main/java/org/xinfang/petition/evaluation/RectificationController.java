package org.xinfang.petition.evaluation;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.evaluation.Rectifications.CheckRequest;
import org.xinfang.petition.evaluation.Rectifications.ReportRequest;

@RestController
@RequestMapping("/api/v1/complaints")
class RectificationController {

    private final Rectifications rectifications;

    RectificationController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    /** 报送整改情况: the bureau that replied reports what it put right after the complainant rated it unsatisfied. */
    @PostMapping("/{trackingNumber}/rectification")
    ResponseEntity<Void> report(@PathVariable String trackingNumber, @Valid @RequestBody ReportRequest report) {
        rectifications.report(trackingNumber, report);
        return ResponseEntity.noContent().build();
    }

    /** 整改核查: the petition office accepts the bureau's rectification, or sends it back with the reason. */
    @PostMapping("/{trackingNumber}/rectification-check")
    ResponseEntity<Void> check(@PathVariable String trackingNumber, @Valid @RequestBody CheckRequest check) {
        rectifications.check(trackingNumber, check);
        return ResponseEntity.noContent().build();
    }
}
