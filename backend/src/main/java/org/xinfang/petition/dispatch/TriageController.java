package org.xinfang.petition.dispatch;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.dispatch.Triaging.DispatchRequest;
import org.xinfang.petition.dispatch.Triaging.RefusalDecision;
import org.xinfang.petition.dispatch.Triaging.TriageRequest;

/** The petition office's actions on a case: triage and dispatch. */
@RestController
@RequestMapping("/api/v1/complaints/{trackingNumber}")
class TriageController {

    private final Triaging triaging;

    TriageController(Triaging triaging) {
        this.triaging = triaging;
    }

    /** 受理研判: ACCEPT, NOT_ACCEPT (with reason) or MERGE (with the original's tracking number). */
    @PostMapping("/triage")
    ResponseEntity<Void> triage(@PathVariable String trackingNumber, @Valid @RequestBody TriageRequest request) {
        triaging.triage(trackingNumber, request);
        return ResponseEntity.noContent().build();
    }

    /** 否定报备: the office leader approves a proposed refusal (not accepting, merging) or sends it back. */
    @PostMapping("/refusal-approval")
    ResponseEntity<Void> decideRefusal(
            @PathVariable String trackingNumber, @Valid @RequestBody RefusalDecision decision) {
        triaging.decideRefusal(trackingNumber, decision);
        return ResponseEntity.noContent().build();
    }

    /** 派单: to the given bureau, or to the proposed one when none is given. */
    @PostMapping("/dispatch")
    ResponseEntity<Void> dispatch(@PathVariable String trackingNumber, @Valid @RequestBody DispatchRequest request) {
        triaging.dispatch(trackingNumber, request);
        return ResponseEntity.noContent().build();
    }
}
