package org.xinfang.petition.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplaintRepository
        extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint>, ComplaintByNumber {

    List<Complaint> findByTrackingNumberIn(Collection<String> trackingNumbers);

    /** The repeats of a case, as they arrived: by id where they arrived in the same second. */
    List<Complaint> findByRepeatOfOrderByReceivedAtAscIdAsc(Complaint original);

    boolean existsByTrackingNumber(String trackingNumber);

    long countByStatus(ComplaintStatus status);

    long countByDueAtBeforeAndStatusIn(Instant now, Collection<ComplaintStatus> statuses);

    /** The closed cases whose complainant is still on record, closed before the moment, oldest first. */
    @Query("""
            select c.trackingNumber from Complaint c
            where c.anonymisedAt is null and c.closedAt < :closedBefore and c.status in :closed
            order by c.closedAt, c.id""")
    List<String> findKeptClosedBefore(
            @Param("closedBefore") Instant closedBefore,
            @Param("closed") Collection<ComplaintStatus> closed,
            Limit limit);

    /**
     * The cases closed for good (三级终结) of the complainant of the case filed under this number, by their blind
     * index: asked of every filing, so a query whose plan Hibernate keeps (a criteria query is translated anew each
     * time).
     */
    @Query("""
            select c from Complaint c
            where c.status = org.xinfang.petition.complaint.ComplaintStatus.CLOSED_FOR_GOOD
              and c.complainant.residentIdIndex = (
                select f.complainant.residentIdIndex from Complaint f where f.trackingNumber = :trackingNumber)""")
    List<Complaint> findClosedForGoodOfTheComplainantOf(@Param("trackingNumber") String trackingNumber);
}
