package org.xinfang.petition.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.abuse.SubmissionKeys;
import org.xinfang.petition.abuse.SubmissionRateLimit;
import org.xinfang.petition.abuse.Submitter;
import org.xinfang.petition.attachment.Attachments;
import org.xinfang.petition.attachment.CheckedFiles;
import org.xinfang.petition.shared.PetitionException;

/**
 * Filing with an {@code Idempotency-Key}: two requests with the same key, on any node, file one case. Each
 * attempt is one transaction; the one that loses the race on the key's unique row is rolled back whole (its
 * submission given back) and tried again, and then finds the winner's answer. Without a key every request files. A
 * tracking number that another filing took meanwhile fails the same way and is tried again under a new one.
 */
@Service
public class IdempotentFiling {

    /** The loser of a race on the key needs one more attempt; a further one covers a tracking number taken. */
    private static final int ATTEMPTS = 3;

    private final Intake intake;
    private final Attachments attachments;
    private final SubmissionRateLimit rateLimit;

    IdempotentFiling(Intake intake, Attachments attachments, SubmissionRateLimit rateLimit) {
        this.intake = intake;
        this.attachments = attachments;
        this.rateLimit = rateLimit;
    }

    FiledComplaint file(FileComplaintRequest request, String idempotencyKey, String clientAddress) {
        return file(request, CheckedFiles.NONE, idempotencyKey, Submitter.address(clientAddress));
    }

    /**
     * Files for a client application that submits for many people (Open311), counted under the application's own
     * limit instead of a client address's; otherwise as our own API files, with the same checks and answers.
     */
    public FiledComplaint file(FileComplaintRequest request, String idempotencyKey, Submitter application) {
        return file(request, CheckedFiles.NONE, idempotencyKey, application);
    }

    /**
     * Files with attachments: the files are checked first, outside the filing's transaction, and a file that is
     * refused refuses the filing; the checked files are attached in the filing's transaction.
     */
    public FiledComplaint file(
            FileComplaintRequest request, List<MultipartFile> files, String idempotencyKey, String clientAddress) {
        try (CheckedFiles checked = attachments.check(files)) {
            return file(request, checked, idempotencyKey, Submitter.address(clientAddress));
        }
    }

    /**
     * The request is checked first; only then does it take one of the submitter's submissions (see
     * {@link SubmissionRateLimit}), unless its key was answered before: a retry files nothing and does not count. The
     * earlier answer is looked for only when the key's unique row refuses the filing, or when the submitter has no
     * submission left: a first request (nearly every one) pays no look-up.
     */
    private FiledComplaint file(
            FileComplaintRequest request, CheckedFiles files, String idempotencyKey, Submitter submitter) {
        if (idempotencyKey != null) {
            SubmissionKeys.checkShape(idempotencyKey);
        }
        Registration registration = intake.prepare(request);
        for (int attempt = 1; ; attempt++) {
            if (idempotencyKey != null && attempt > 1) {
                Optional<FiledComplaint> earlier = intake.earlier(idempotencyKey, registration);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            try {
                return rateLimit.submit(
                        submitter,
                        () -> idempotencyKey == null
                                ? intake.register(registration, files)
                                : intake.registerOnce(registration, files, idempotencyKey));
            } catch (DataIntegrityViolationException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            } catch (PetitionException refused) {
                if (idempotencyKey == null || refused.status() != HttpStatus.TOO_MANY_REQUESTS) {
                    throw refused;
                }
                return intake.earlier(idempotencyKey, registration).orElseThrow(() -> refused);
            }
        }
    }
}
