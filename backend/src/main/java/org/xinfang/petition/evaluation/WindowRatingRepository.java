package org.xinfang.petition.evaluation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WindowRatingRepository extends JpaRepository<WindowRating, Long> {

    /** The window evaluators' verdicts per unit, rated in [from, to). */
    @Query("select new org.xinfang.petition.evaluation.VerdictTally(w.unitCode,"
            + " sum(case when w.verdict = org.xinfang.petition.evaluation.Verdict.SATISFIED then 1 else 0 end),"
            + " sum(case when w.verdict = org.xinfang.petition.evaluation.Verdict.BASICALLY_SATISFIED"
            + " then 1 else 0 end),"
            + " sum(case when w.verdict = org.xinfang.petition.evaluation.Verdict.UNSATISFIED then 1 else 0 end))"
            + " from WindowRating w where w.ratedAt >= :from and w.ratedAt < :to"
            + " group by w.unitCode order by w.unitCode")
    List<VerdictTally> tally(Instant from, Instant to);

    /** A device's ratings after {@code since}, along the index on device and time. */
    @Query("select new org.xinfang.petition.evaluation.RecentRatings(count(w), min(w.ratedAt))"
            + " from WindowRating w where w.deviceId = :device and w.ratedAt > :since")
    RecentRatings recent(Long device, Instant since);
}
