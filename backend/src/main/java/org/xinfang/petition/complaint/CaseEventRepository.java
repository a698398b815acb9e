package org.xinfang.petition.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByComplaintIdOrderByOccurredAtAscIdAsc(Long complaintId);
}
