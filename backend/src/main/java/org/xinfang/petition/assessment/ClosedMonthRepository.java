package org.xinfang.petition.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClosedMonthRepository extends JpaRepository<ClosedMonth, String> {

    /** The latest month closed ({@code yyyy-MM} sorts as the months do). */
    Optional<ClosedMonth> findFirstByOrderByMonthDesc();
}
