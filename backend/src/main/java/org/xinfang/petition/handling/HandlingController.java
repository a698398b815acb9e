package org.xinfang.petition.handling;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.handling.BureauRequests.ApprovalRequest;
import org.xinfang.petition.handling.BureauRequests.ExtensionDecision;
import org.xinfang.petition.handling.BureauRequests.ExtensionRequestBody;
import org.xinfang.petition.handling.BureauRequests.MaterialRequest;
import org.xinfang.petition.handling.BureauRequests.Note;
import org.xinfang.petition.handling.BureauRequests.ReplyRequest;
import org.xinfang.petition.handling.BureauRequests.ReturnRequest;
import org.xinfang.petition.shared.PlainText;

/** The bureau's actions on a case: sign for, return, reply, approve the reply. */
@RestController
@RequestMapping("/api/v1/complaints/{trackingNumber}")
class HandlingController {

    private final Handling handling;
    private final Extensions extensions;
    private final MaterialRequests materialRequests;

    HandlingController(Handling handling, Extensions extensions, MaterialRequests materialRequests) {
        this.handling = handling;
        this.extensions = extensions;
        this.materialRequests = materialRequests;
    }

    /** 签收. */
    @PostMapping("/sign-for")
    ResponseEntity<Void> signFor(@PathVariable String trackingNumber, @Valid @RequestBody(required = false) Note note) {
        handling.signFor(trackingNumber, note == null ? null : note.comment());
        return ResponseEntity.noContent().build();
    }

    /** 退回: a misrouted case goes back to the petition office, with the reasons. */
    @PostMapping("/return")
    ResponseEntity<Void> returnCase(@PathVariable String trackingNumber, @Valid @RequestBody ReturnRequest request) {
        handling.returnCase(trackingNumber, request.reason(), request.comment());
        return ResponseEntity.noContent().build();
    }

    /** 答复: the handler's reply, for the bureau leader's approval. */
    @PostMapping("/reply")
    ResponseEntity<Void> reply(@PathVariable String trackingNumber, @Valid @RequestBody ReplyRequest request) {
        handling.reply(trackingNumber, request.text());
        return ResponseEntity.noContent().build();
    }

    /** 审核答复: the bureau leader approves the reply or sends it back (comment required). */
    @PostMapping("/reply-approval")
    ResponseEntity<Void> approveReply(
            @PathVariable String trackingNumber, @Valid @RequestBody ApprovalRequest request) {
        handling.reviewReply(trackingNumber, request.approved(), request.comment());
        return ResponseEntity.noContent().build();
    }

    /** 延期申请: more time, in the unit of the handling limit (days or working days), with the reason. */
    @PostMapping("/extension-requests")
    ResponseEntity<Void> requestExtension(
            @PathVariable String trackingNumber, @Valid @RequestBody ExtensionRequestBody request) {
        extensions.request(trackingNumber, request.amount(), request.reason());
        return ResponseEntity.noContent().build();
    }

    /** 延期审批: the bureau leader's, then the petition office's decision; {@code override} for a second one. */
    @PostMapping("/extension-approval")
    ResponseEntity<Void> decideExtension(
            @PathVariable String trackingNumber, @Valid @RequestBody ExtensionDecision decision) {
        extensions.decide(
                trackingNumber, decision.approved(), decision.comment(), Boolean.TRUE.equals(decision.override()));
        return ResponseEntity.noContent().build();
    }

    /** 要求补充材料: the handling clock stops until the material arrives. */
    @PostMapping("/material-requests")
    ResponseEntity<Void> requestMaterial(
            @PathVariable String trackingNumber, @Valid @RequestBody MaterialRequest request) {
        materialRequests.request(trackingNumber, request.what(), request.reason());
        return ResponseEntity.noContent().build();
    }

    /** 一次性告知: the bureau leader approves a second request for material in the stage, or refuses it. */
    @PostMapping("/material-request-approval")
    ResponseEntity<Void> decideRepeatMaterial(
            @PathVariable String trackingNumber, @Valid @RequestBody ApprovalRequest decision) {
        materialRequests.decideRepeat(trackingNumber, decision.approved(), decision.comment());
        return ResponseEntity.noContent().build();
    }

    /** 收到补充材料 (by post or at the window): the clock runs again. */
    @PostMapping("/material-received")
    ResponseEntity<Void> materialReceived(@PathVariable String trackingNumber, @Valid @RequestBody MaterialNote note) {
        materialRequests.received(trackingNumber, note.note());
        return ResponseEntity.noContent().build();
    }

    record MaterialNote(@PlainText(lines = true) String note) {}
}
