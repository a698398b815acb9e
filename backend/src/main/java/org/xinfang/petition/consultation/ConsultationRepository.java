package org.xinfang.petition.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConsultationRepository extends JpaRepository<Consultation, Long>, JpaSpecificationExecutor<Consultation> {

    Optional<Consultation> findByTrackingNumber(String trackingNumber);

    boolean existsByTrackingNumber(String trackingNumber);

    /** The closed consultations whose asker is still on record, closed before the moment, oldest first. */
    @Query("""
            select c.trackingNumber from Consultation c
            where c.anonymisedAt is null and c.closedAt < :closedBefore
            order by c.closedAt, c.id""")
    List<String> findKeptClosedBefore(@Param("closedBefore") Instant closedBefore, Limit limit);
}
