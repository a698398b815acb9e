package org.xinfang.petition.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findByVersionOrderByPositionAsc(int version);

    @Query("select max(q.version) from SurveyQuestion q")
    Integer latestVersion();
}
