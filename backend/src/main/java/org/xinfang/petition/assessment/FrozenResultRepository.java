package org.xinfang.petition.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrozenResultRepository extends JpaRepository<FrozenResult, Long> {

    List<FrozenResult> findByMonthOrderByIdAsc(String month);
}
