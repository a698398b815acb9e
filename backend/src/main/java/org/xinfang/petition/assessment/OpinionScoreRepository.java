package org.xinfang.petition.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpinionScoreRepository extends JpaRepository<OpinionScore, Long> {

    List<OpinionScore> findByMonth(String month);

    Optional<OpinionScore> findByMonthAndUnitCode(String month, String unitCode);
}
