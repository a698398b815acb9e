package org.xinfang.petition.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.xinfang.petition.process.ReviewProcess.Level;

interface CaseReviewRepository extends JpaRepository<CaseReview, Long> {

    List<CaseReview> findByComplaintIdOrderByIdAsc(Long complaintId);

    Optional<CaseReview> findByComplaintIdAndLevel(Long complaintId, Level level);
}
