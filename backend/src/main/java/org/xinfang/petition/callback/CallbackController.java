package org.xinfang.petition.callback;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.callback.CallingBack.ReviewRequest;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.shared.PlainText;

@RestController
@RequestMapping("/api/v1/complaints/{trackingNumber}")
class CallbackController {

    private final CallingBack callingBack;

    CallbackController(CallingBack callingBack) {
        this.callingBack = callingBack;
    }

    /** 回访: SATISFIED, BASICALLY_SATISFIED or UNSATISFIED. */
    @PostMapping("/callback")
    ResponseEntity<Void> callback(@PathVariable String trackingNumber, @Valid @RequestBody CallbackRequest request) {
        callingBack.callback(trackingNumber, request.result(), request.comment());
        return ResponseEntity.noContent().build();
    }

    /** 督查复核: the inspector's conclusion after a second unsatisfied callback. */
    @PostMapping("/review")
    ResponseEntity<Void> review(@PathVariable String trackingNumber, @Valid @RequestBody ReviewRequest request) {
        callingBack.review(trackingNumber, request.conclusion(), request.comment());
        return ResponseEntity.noContent().build();
    }

    record CallbackRequest(
            CallbackResult result, @PlainText(lines = true) String comment) {}
}
