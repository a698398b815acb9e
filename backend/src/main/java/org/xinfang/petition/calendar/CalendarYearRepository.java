package org.xinfang.petition.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

    List<CalendarYear> findAllByOrderByYear();
}
