package org.xinfang.petition.selfservice;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.abuse.LookupThrottle;
import org.xinfang.petition.attachment.Download;
import org.xinfang.petition.attachment.ReplyFiles;
import org.xinfang.petition.evaluation.RatingView;
import org.xinfang.petition.evaluation.Ratings;
import org.xinfang.petition.process.ReviewProcess.Level;
import org.xinfang.petition.review.RequestingReview;
import org.xinfang.petition.selfservice.SelfServiceRequests.LookupRequest;
import org.xinfang.petition.selfservice.SelfServiceRequests.MaterialSupplement;
import org.xinfang.petition.selfservice.SelfServiceRequests.RatingRequest;
import org.xinfang.petition.selfservice.SelfServiceRequests.ReviewAsked;
import org.xinfang.petition.selfservice.SelfServiceRequests.WithdrawalRequest;

/**
 * 群众自助: the complainant's actions with the tracking number and query code, each under the lookup throttle per
 * tracking number and client address; the one door behind the API and the portal.
 */
@Service
public class SelfService {

    private final StatusLookup lookup;
    private final SupplementingMaterial supplementing;
    private final Withdrawals withdrawals;
    private final ReplyFiles replyFiles;
    private final Ratings ratings;
    private final LookupThrottle throttle;
    private final RequestingReview requestingReview;

    SelfService(
            StatusLookup lookup,
            SupplementingMaterial supplementing,
            Withdrawals withdrawals,
            ReplyFiles replyFiles,
            Ratings ratings,
            LookupThrottle throttle,
            RequestingReview requestingReview) {
        this.lookup = lookup;
        this.supplementing = supplementing;
        this.withdrawals = withdrawals;
        this.replyFiles = replyFiles;
        this.ratings = ratings;
        this.throttle = throttle;
        this.requestingReview = requestingReview;
    }

    /** 进度查询. */
    public PublicCaseView lookup(LookupRequest request, String clientAddress) {
        return throttle.guard(
                request.trackingNumber(),
                clientAddress,
                () -> lookup.lookup(request.trackingNumber(), request.queryCode()));
    }

    /** 下载答复附件: a file of a reply sent to the complainant; any other id is unknown (404). */
    public Download replyFile(LookupRequest credentials, Long id, String clientAddress) {
        return throttle.guard(
                credentials.trackingNumber(),
                clientAddress,
                () -> replyFiles.download(lookup.verified(credentials.trackingNumber(), credentials.queryCode()), id));
    }

    /** 补充材料, with files (none is fine); the handling clock runs again. */
    public void supplyMaterial(MaterialSupplement supplement, List<MultipartFile> files, String clientAddress) {
        throttle.guard(
                supplement.trackingNumber(),
                clientAddress,
                () -> supplementing.supply(
                        supplement.trackingNumber(), supplement.queryCode(), supplement.note(), files));
    }

    /** 撤回: the case ends as WITHDRAWN. */
    public void withdraw(WithdrawalRequest withdrawal, String clientAddress) {
        throttle.guard(
                withdrawal.trackingNumber(),
                clientAddress,
                () -> withdrawals.withdraw(withdrawal.trackingNumber(), withdrawal.queryCode(), withdrawal.reason()));
    }

    /** 请求复查 / 复核: the next level of review of the closed case, of the body above; answers which level. */
    public Level askForReview(ReviewAsked request, String clientAddress) {
        return throttle.guard(
                request.trackingNumber(),
                clientAddress,
                () -> requestingReview.byComplainant(
                        lookup.verified(request.trackingNumber(), request.queryCode()), request.reason()));
    }

    /** 评价: the complainant's verdict on the latest reply sent to them, changeable within the window. */
    public RatingView rate(RatingRequest rating, String clientAddress) {
        return throttle.guard(
                rating.trackingNumber(),
                clientAddress,
                () -> ratings.rate(
                        lookup.verified(rating.trackingNumber(), rating.queryCode()),
                        rating.verdict(),
                        rating.comment() == null || rating.comment().isBlank()
                                ? null
                                : rating.comment().strip()));
    }
}
