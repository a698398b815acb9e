package org.xinfang.petition.survey;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyCallRepository extends JpaRepository<SurveyCall, Long> {

    List<SurveyCall> findByMonthOrderByUnitCodeAscSourceAscPositionAsc(String month);

    /** Which of these cases' complainants ({@code case:<id>}) were drawn in a month from {@code from} up to but without {@code until} ("yyyy-MM"). */
    @Query("""
            select distinct c.personKey from SurveyCall c
            where c.month >= :from and c.month < :until and c.personKey in :personKeys
            """)
    List<String> drawnBetween(String from, String until, Collection<String> personKeys);

    /**
     * Which of these phones (blind indexes) were drawn as service users in a month from {@code from} up to but without
     * {@code until}, by the imported rows' current index: a rotation of the index key recomputes those, not the
     * calls' person keys.
     */
    @Query("""
            select distinct u.phoneIndex from SurveyCall c, ServiceUser u
            where u.id = c.serviceUserId and c.month >= :from and c.month < :until and u.phoneIndex in :phoneIndexes
            """)
    List<String> phonesDrawnBetween(String from, String until, Collection<String> phoneIndexes);

    /** The calls of erased service users forget whom they were about: their person key was the phone's index. */
    @Modifying
    @Query("""
            update SurveyCall c set c.personKey = concat('erased:', cast(c.id as String))
            where c.serviceUserId in :serviceUserIds""")
    int forgetServiceUsers(Collection<Long> serviceUserIds);

    /** Each stratum's tallies of a month, in the order of {@link SurveyTally}'s components. */
    @Query("""
            select new org.xinfang.petition.survey.SurveyTally(c.unitCode, c.source,
                cast(count(c) as integer),
                cast(sum(case when c.tries > 0 then 1 else 0 end) as integer),
                cast(sum(case when c.status = org.xinfang.petition.survey.CallStatus.REACHED then 1 else 0 end)
                    as integer),
                cast(sum(case when c.status = org.xinfang.petition.survey.CallStatus.REACHED
                    and c.satisfied is not null then 1 else 0 end) as integer),
                cast(sum(case when c.status = org.xinfang.petition.survey.CallStatus.REACHED
                    and c.satisfied = true then 1 else 0 end) as integer),
                avg(case when c.status = org.xinfang.petition.survey.CallStatus.REACHED then c.overallScore end))
            from SurveyCall c where c.month = :month
            group by c.unitCode, c.source order by c.unitCode, c.source
            """)
    List<SurveyTally> talliesOf(String month);
}
