package org.xinfang.petition.ownership;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.ownership.CaseHandovers.HandoverRequest;

@RestController
class OwnershipController {

    private final CaseHandovers handovers;

    OwnershipController(CaseHandovers handovers) {
        this.handovers = handovers;
    }

    /** 移交: the owner hands the case over to another clerk of the office. */
    @PostMapping("/api/v1/complaints/{trackingNumber}/owner")
    ResponseEntity<Void> handOver(@PathVariable String trackingNumber, @Valid @RequestBody HandoverRequest request) {
        handovers.handOver(trackingNumber, request);
        return ResponseEntity.noContent().build();
    }
}
