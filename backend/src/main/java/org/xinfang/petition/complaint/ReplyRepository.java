package org.xinfang.petition.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRepository extends JpaRepository<Reply, Long> {

    List<Reply> findByComplaintIdOrderByDraftedAtAscIdAsc(Long complaintId);

    long countByComplaintIdAndIdLessThanEqual(Long complaintId, Long id);

    Optional<Reply> findFirstByComplaintIdAndStatusOrderByIdDesc(Long complaintId, Reply.Status status);
}
