package org.xinfang.petition.survey;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyDrawRepository extends JpaRepository<SurveyDraw, Long> {

    Optional<SurveyDraw> findByMonth(String month);

    boolean existsByMonth(String month);
}
