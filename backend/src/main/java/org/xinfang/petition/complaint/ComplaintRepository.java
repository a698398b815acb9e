package org.xinfang.petition.complaint;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint>,
    ComplaintByNumber {

  List<Complaint> findByTrackingNumberIn(Collection<String> trackingNumbers);

  List<Complaint> findByRepeatOfOrderByReceivedAt(Complaint original);

  boolean existsByTrackingNumber(String trackingNumber);
}
