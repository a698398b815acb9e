package org.xinfang.petition.attachment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

  List<Attachment> findByComplaintIdOrderByUploadedAtAscIdAsc(Long complaintId);
}
