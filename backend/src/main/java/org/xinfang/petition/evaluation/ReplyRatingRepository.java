package org.xinfang.petition.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReplyRatingRepository extends JpaRepository<ReplyRating, Long> {

    Optional<ReplyRating> findByReplyId(Long replyId);

    /** The verdicts per replying bureau, first rated in [from, to): the verdict as it stands now. */
    @Query("select new org.xinfang.petition.evaluation.VerdictTally(r.bureauCode,"
            + " sum(case when r.verdict = org.xinfang.petition.evaluation.Verdict.SATISFIED then 1 else 0 end),"
            + " sum(case when r.verdict = org.xinfang.petition.evaluation.Verdict.BASICALLY_SATISFIED"
            + " then 1 else 0 end),"
            + " sum(case when r.verdict = org.xinfang.petition.evaluation.Verdict.UNSATISFIED then 1 else 0 end))"
            + " from ReplyRating r where r.ratedAt >= :from and r.ratedAt < :to"
            + " group by r.bureauCode order by r.bureauCode")
    List<VerdictTally> tally(Instant from, Instant to);
}
