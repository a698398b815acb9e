package org.xinfang.petition.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationEventRepository extends JpaRepository<ConsultationEvent, Long> {

    List<ConsultationEvent> findByConsultationIdOrderByOccurredAtAscIdAsc(Long consultationId);
}
