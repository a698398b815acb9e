package org.xinfang.petition.intake;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Filing with an {@code Idempotency-Key}: two requests with the same key, on any node, file one case. Each
 * attempt is one transaction; the one that loses the race on the key's unique row is rolled back whole and tried
 * again, and then finds the winner's answer. Without a key every request files.
 */
@Service
class IdempotentFiling {

  /** The loser of a race needs one more attempt; a further one covers a tracking number taken meanwhile. */
  private static final int ATTEMPTS = 3;

  private final Intake intake;

  IdempotentFiling(Intake intake) {
    this.intake = intake;
  }

  FiledComplaint file(FileComplaintRequest request, String idempotencyKey) {
    if (idempotencyKey == null) {
      return intake.file(request);
    }
    SubmissionKeys.checkShape(idempotencyKey);
    for (int attempt = 1; ; attempt++) {
      try {
        return intake.fileOnce(request, idempotencyKey);
      } catch (DataIntegrityViolationException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
