package org.xinfang.petition.attachment;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.Reply;
import org.xinfang.petition.complaint.ReplyReviewed;
import org.xinfang.petition.shared.PetitionException;

/**
 * The bureau's reply material as the complainant gets it: the files of the replies sent to them, never those of a
 * reply sent back to the handler or still awaiting approval, never the complainant's own nor staff's other files.
 * A file goes with the reply the leader reviewed it with: the reply material not yet bound to a reply is bound to
 * the reply the leader approves or sends back.
 *
 * <p>The caller has opened the case with its tracking number and query code. The complainant's downloads are not
 * audited, as their lookup is not: the reply material is the bureau's own writing sent to them, not another
 * person's data disclosed, and the attempts with the code are counted by the lookup throttle.
 */
@Service
public class ReplyFiles {

    private final Cases cases;
    private final AttachmentRepository repository;
    private final ContentStore store;
    private final TransactionTemplate transaction;

    ReplyFiles(Cases cases, AttachmentRepository repository, ContentStore store, TransactionTemplate transaction) {
        this.cases = cases;
        this.repository = repository;
        this.store = store;
        this.transaction = transaction;
    }

    /** A file of a sent reply, as the complainant sees it listed. */
    public record ReplyFile(Long id, String name, String contentType, long size) {}

    /** The files of the replies sent on this case, oldest first. */
    public List<ReplyFile> sentWith(Complaint complaint) {
        return transaction.execute(status -> sentFiles(complaint).stream()
                .map(file ->
                        new ReplyFile(file.getId(), file.getOriginalName(), file.getContentType(), file.getSizeBytes()))
                .toList());
    }

    /**
     * One file of a sent reply, read in a moment of its own and decrypted as it is sent; any other id of any case is
     * unknown (404).
     */
    public Download download(Complaint complaint, Long id) {
        Attachment attachment = transaction.execute(status -> sentFiles(complaint).stream()
                .filter(file -> file.getId().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> PetitionException.notFound("attachment.not-found", id, complaint.getTrackingNumber())));
        return Download.opened(store, attachment, complaint.getTrackingNumber());
    }

    /** In the review's transaction, so that the files and the reply's review are kept together. */
    @EventListener
    void replyReviewed(ReplyReviewed review) {
        repository
                .findByComplaintIdAndPurposeAndReplyIdIsNull(review.complaintId(), Purpose.REPLY)
                .forEach(file -> file.wentWith(review.replyId()));
    }

    private List<Attachment> sentFiles(Complaint complaint) {
        List<Long> sent = cases.repliesOf(complaint).stream()
                .filter(reply -> reply.getStatus() == Reply.Status.SENT)
                .map(Reply::getId)
                .toList();
        return sent.isEmpty() ? List.of() : repository.findByReplyIdInOrderByUploadedAtAscIdAsc(sent);
    }
}
