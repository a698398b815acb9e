package org.xinfang.petition.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarGapRepository extends JpaRepository<CalendarGap, Integer> {

    List<CalendarGap> findAllByOrderByYear();
}
