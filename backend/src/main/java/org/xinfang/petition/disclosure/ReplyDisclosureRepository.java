package org.xinfang.petition.disclosure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReplyDisclosureRepository
        extends JpaRepository<ReplyDisclosure, Long>, JpaSpecificationExecutor<ReplyDisclosure> {

    List<ReplyDisclosure> findAllByOrderByProposedAtDescIdDesc();

    List<ReplyDisclosure> findByStatusOrderByProposedAtDescIdDesc(DisclosureStatus status);

    List<ReplyDisclosure> findByComplaintIdOrderByProposedAtDescIdDesc(Long complaintId);

    boolean existsByActiveReplyId(Long replyId);
}
