package org.xinfang.petition.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRatingRepository extends JpaRepository<ReplyRating, Long> {

    Optional<ReplyRating> findByReplyId(Long replyId);
}
