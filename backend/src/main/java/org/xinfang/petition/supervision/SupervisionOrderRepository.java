package org.xinfang.petition.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.xinfang.petition.complaint.Complaint;

interface SupervisionOrderRepository
        extends JpaRepository<SupervisionOrder, Long>, JpaSpecificationExecutor<SupervisionOrder> {

    List<SupervisionOrder> findByProcessInstanceIdOrderBySequenceAsc(String processInstanceId);

    /** The orders whose rectification plan's day has passed by {@code at}, not yet followed up. */
    @Query("select o from SupervisionOrder o where o.planDueAt <= :at and o.planRemindedAt is null")
    List<SupervisionOrder> plansDueBy(@Param("at") Instant at);

    /** Claims the follow-up of one plan for this node: 1 if it won, 0 if another node did it first. */
    @Modifying
    @Query("update SupervisionOrder o set o.planRemindedAt = :at where o.id = :id and o.planRemindedAt is null")
    int claimPlanReminder(@Param("id") Long id, @Param("at") Instant at);

    Optional<SupervisionOrder> findFirstByProcessInstanceIdOrderBySequenceDesc(String processInstanceId);

    Optional<SupervisionOrder> findFirstByComplaintOrderByIdDesc(Complaint complaint);

    Optional<SupervisionOrder> findByProcessInstanceIdAndStatus(
            String processInstanceId, SupervisionOrderStatus status);
}
