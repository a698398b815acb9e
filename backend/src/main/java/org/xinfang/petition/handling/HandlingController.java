package org.xinfang.petition.handling;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's actions on a case: sign for, return, reply, approve the reply. */
@RestController
@RequestMapping("/api/v1/complaints/{trackingNumber}")
class HandlingController {

  private final Handling handling;

  HandlingController(Handling handling) {
    this.handling = handling;
  }

  /** 签收. */
  @PostMapping("/sign-for")
  ResponseEntity<Void> signFor(@PathVariable String trackingNumber, @RequestBody(required = false) Note note) {
    handling.signFor(trackingNumber, note == null ? null : note.comment());
    return ResponseEntity.noContent().build();
  }

  /** 退回: a misrouted case goes back to the petition office, with the reasons. */
  @PostMapping("/return")
  ResponseEntity<Void> returnCase(@PathVariable String trackingNumber, @RequestBody ReturnRequest request) {
    handling.returnCase(trackingNumber, request.reason(), request.comment());
    return ResponseEntity.noContent().build();
  }

  /** 答复: the handler's reply, for the bureau leader's approval. */
  @PostMapping("/reply")
  ResponseEntity<Void> reply(@PathVariable String trackingNumber, @RequestBody ReplyRequest request) {
    handling.reply(trackingNumber, request.text());
    return ResponseEntity.noContent().build();
  }

  /** 审核答复: the bureau leader approves the reply or sends it back (comment required). */
  @PostMapping("/reply-approval")
  ResponseEntity<Void> approveReply(@PathVariable String trackingNumber, @RequestBody ApprovalRequest request) {
    handling.reviewReply(trackingNumber, request.approved(), request.comment());
    return ResponseEntity.noContent().build();
  }

  record Note(String comment) {}

  record ReturnRequest(String reason, String comment) {}

  record ReplyRequest(String text) {}

  record ApprovalRequest(Boolean approved, String comment) {}
}
