package org.xinfang.petition.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CaseDeadlineRepository
        extends JpaRepository<CaseDeadline, Long>, JpaSpecificationExecutor<CaseDeadline> {

    Optional<CaseDeadline> findFirstByComplaintIdAndStageAndStatusNotOrderByIdDesc(
            Long complaintId, DeadlineStage stage, DeadlineStatus status);

    Optional<CaseDeadline> findFirstByComplaintIdAndStageOrderByIdDesc(Long complaintId, DeadlineStage stage);

    List<CaseDeadline> findByComplaintIdOrderByIdAsc(Long complaintId);

    List<CaseDeadline> findByStatusNot(DeadlineStatus status);

    List<CaseDeadline> findByComplaintIdInAndStatusNot(Collection<Long> complaintIds, DeadlineStatus status);

    /** The cases whose latest limit of the stage falls due within [from, to), running or ended. */
    @Query("""
            select d.complaintId from CaseDeadline d
            where d.stage = :stage and d.dueAt >= :from and d.dueAt < :to
              and d.id = (select max(e.id) from CaseDeadline e where e.complaintId = d.complaintId and e.stage = :stage)
            """)
    List<Long> casesWithLatestDueWithin(DeadlineStage stage, Instant from, Instant to);
}
