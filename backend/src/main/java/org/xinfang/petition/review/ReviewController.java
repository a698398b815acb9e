package org.xinfang.petition.review;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.review.RequestingReview.StaffRequest;
import org.xinfang.petition.review.Reviewing.ReviewOpinion;
import org.xinfang.petition.security.CaseScopes;

@RestController
@RequestMapping("/api/v1/complaints/{trackingNumber}")
class ReviewController {

    private final RequestingReview requesting;
    private final Reviewing reviewing;
    private final CaseReviews reviews;
    private final Cases cases;
    private final CaseScopes scopes;

    ReviewController(
            RequestingReview requesting, Reviewing reviewing, CaseReviews reviews, Cases cases, CaseScopes scopes) {
        this.requesting = requesting;
        this.reviewing = reviewing;
        this.reviews = reviews;
        this.cases = cases;
        this.scopes = scopes;
    }

    /** 请求复查 / 复核 entered by the petition office for the complainant; the level follows from the case. */
    @PostMapping("/review-requests")
    ResponseEntity<Map<String, Level>> request(
            @PathVariable String trackingNumber, @Valid @RequestBody StaffRequest request) {
        Level level = requesting.byStaff(trackingNumber, request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("level", level));
    }

    /** 复查意见 / 复核意见: the reviewing body's answer to the review running now. */
    @PostMapping("/review-opinion")
    ResponseEntity<Void> answer(@PathVariable String trackingNumber, @Valid @RequestBody ReviewOpinion opinion) {
        reviewing.answer(trackingNumber, opinion);
        return ResponseEntity.noContent().build();
    }

    /** The case's reviews, each level with its body, request and opinion; for whoever may see the case. */
    @GetMapping("/reviews")
    List<ReviewView> reviews(@PathVariable String trackingNumber) {
        return reviews.viewsOf(scopes.visible(cases.get(trackingNumber)));
    }
}
