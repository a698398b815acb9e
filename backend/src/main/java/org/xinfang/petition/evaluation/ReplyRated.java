package org.xinfang.petition.evaluation;

/**
 * The complainant rated a reply, or changed the verdict within the window.
 *
 * @param bureauCode the bureau that sent the reply
 * @param previous the verdict before this change; null for the first rating of the reply
 */
public record ReplyRated(
        Long complaintId, String trackingNumber, Long replyId, String bureauCode, Verdict verdict, Verdict previous) {

    /** A 差评 that was not one before: the bureau has something to put right. */
    public boolean newlyUnsatisfied() {
        return verdict == Verdict.UNSATISFIED && previous != Verdict.UNSATISFIED;
    }
}
