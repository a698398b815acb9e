package org.xinfang.petition.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackRepository extends JpaRepository<Callback, Long> {

    List<Callback> findByComplaintIdOrderByCalledAtAscIdAsc(Long complaintId);
}
