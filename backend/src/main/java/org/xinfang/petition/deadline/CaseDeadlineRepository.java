package org.xinfang.petition.deadline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseDeadlineRepository
        extends JpaRepository<CaseDeadline, Long>, JpaSpecificationExecutor<CaseDeadline> {

    Optional<CaseDeadline> findFirstByComplaintIdAndStageAndStatusNotOrderByIdDesc(
            Long complaintId, DeadlineStage stage, DeadlineStatus status);

    Optional<CaseDeadline> findFirstByComplaintIdAndStageOrderByIdDesc(Long complaintId, DeadlineStage stage);

    List<CaseDeadline> findByComplaintIdOrderByIdAsc(Long complaintId);

    List<CaseDeadline> findByStatusNot(DeadlineStatus status);

    List<CaseDeadline> findByComplaintIdInAndStatusNot(Collection<Long> complaintIds, DeadlineStatus status);
}
