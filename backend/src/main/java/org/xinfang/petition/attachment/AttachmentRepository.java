package org.xinfang.petition.attachment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByComplaintIdOrderByUploadedAtAscIdAsc(Long complaintId);

    List<Attachment> findByComplaintIdInOrderByUploadedAtAscIdAsc(Collection<Long> complaintIds);

    List<Attachment> findByComplaintIdAndPurposeAndReplyIdIsNull(Long complaintId, Purpose purpose);

    List<Attachment> findByReplyIdInOrderByUploadedAtAscIdAsc(Collection<Long> replyIds);

    /** The stored files after an id, in id order, without loading (and decrypting) the rows' text. */
    @Query("select new org.xinfang.petition.attachment.StoredFile(a.id, a.storageKey, a.sha256) from Attachment a"
            + " where a.id > :afterId and a.erasedAt is null order by a.id")
    List<StoredFile> findStoredFilesAfter(long afterId, Limit limit);
}
