package org.xinfang.petition.supervision;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.supervision.BureauAnswers.AnswerRequest;

/** The bureau's answer to the open supervision order of a case (办复). */
@RestController
class SupervisionAnswerController {

    private final BureauAnswers answers;

    SupervisionAnswerController(BureauAnswers answers) {
        this.answers = answers;
    }

    /** 办复督办单: the supervised unit answers the open supervision order on a case, with a rectification plan if any. */
    @PostMapping("/api/v1/complaints/{trackingNumber}/supervision-answer")
    ResponseEntity<Void> answer(@PathVariable String trackingNumber, @Valid @RequestBody AnswerRequest request) {
        answers.answer(trackingNumber, request);
        return ResponseEntity.noContent().build();
    }
}
