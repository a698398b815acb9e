package org.xinfang.petition.complaint;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ComplaintRepository
        extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint>, ComplaintByNumber {

    List<Complaint> findByTrackingNumberIn(Collection<String> trackingNumbers);

    /** The repeats of a case, as they arrived: by id where they arrived in the same second. */
    List<Complaint> findByRepeatOfOrderByReceivedAtAscIdAsc(Complaint original);

    boolean existsByTrackingNumber(String trackingNumber);
}
