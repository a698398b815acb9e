package org.xinfang.petition.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.xinfang.petition.complaint.Complaint;

interface SupervisionOrderRepository
        extends JpaRepository<SupervisionOrder, Long>, JpaSpecificationExecutor<SupervisionOrder> {

    List<SupervisionOrder> findByProcessInstanceIdOrderBySequenceAsc(String processInstanceId);

    Optional<SupervisionOrder> findFirstByProcessInstanceIdOrderBySequenceDesc(String processInstanceId);

    Optional<SupervisionOrder> findFirstByComplaintOrderByIdDesc(Complaint complaint);

    Optional<SupervisionOrder> findByProcessInstanceIdAndStatus(
            String processInstanceId, SupervisionOrderStatus status);
}
