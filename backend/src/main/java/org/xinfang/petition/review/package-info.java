/**
 * 复查 and 复核, the three-level end (三级终结) of the 信访工作条例 (Art. 35, 36): a complainant not satisfied with the
 * written opinion on a closed case asks, within the window, the body above the bureau to review it, then the body
 * above that to re-review it; each answers within its limit, warned and supervised like any stage
 * ({@code processes/complaint-review.bpmn}). The re-review closes the matter for good. Requests come from the
 * citizen's lookup and from the office's operators ({@link org.xinfang.petition.review.RequestingReview}); the
 * reviewing body answers through its task ({@link org.xinfang.petition.review.Reviewing}); a case's reviews are read
 * through {@link org.xinfang.petition.review.CaseReviews}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Review and re-review",
        allowedDependencies = {"complaint", "deadline", "notification", "organization", "process", "security", "shared"
        })
package org.xinfang.petition.review;
