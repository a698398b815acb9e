package org.xinfang.petition.workbench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.review.CaseReviews;
import org.xinfang.petition.review.RequestingReview;
import org.xinfang.petition.review.RequestingReview.StaffRequest;

/**
 * 代为请求复查 / 复核: the petition office enters, for a complainant who calls, writes or comes in, the review of a
 * closed case they may still ask for; the page says which level, of which body, until when.
 */
@Component
@Order(96)
class ReviewRequestAction implements CaseAction {

    private final CaseReviews reviews;
    private final RequestingReview requesting;
    private final ZoneId zone;

    ReviewRequestAction(CaseReviews reviews, RequestingReview requesting, Clock clock) {
        this.reviews = reviews;
        this.requesting = requesting;
        this.zone = clock.getZone();
    }

    @Override
    public String key() {
        return "review-request";
    }

    @Override
    public String label() {
        return "action.review-request";
    }

    @Override
    public String formId() {
        return "review-request";
    }

    @Override
    public boolean offeredOn(CaseAtHand at) {
        return at.staff().hasAnyRole(Role.CLERK, Role.OPERATOR)
                && reviews.askable(at.trackingNumber()).isPresent();
    }

    @Override
    public Optional<PageExtras> extras(CaseAtHand at) {
        return reviews.askable(at.trackingNumber())
                .map(askable -> new PageExtras(
                        "workbench/review-request :: extras",
                        Map.of(
                                "askable",
                                askable,
                                "lastDay",
                                askable.until().minusSeconds(1).atZone(zone).toLocalDate())));
    }

    @Override
    public void take(String trackingNumber, ActionInput input) {
        requesting.byStaff(
                trackingNumber,
                input.valid(new StaffRequest(input.text("reason"))).reason());
    }
}
