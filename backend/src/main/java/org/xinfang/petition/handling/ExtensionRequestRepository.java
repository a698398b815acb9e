package org.xinfang.petition.handling;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

    Optional<ExtensionRequest> findFirstByComplaintIdAndStatusIn(
            Long complaintId, Collection<ExtensionRequest.Status> statuses);

    Optional<ExtensionRequest> findFirstByComplaintIdOrderByIdDesc(Long complaintId);
}
