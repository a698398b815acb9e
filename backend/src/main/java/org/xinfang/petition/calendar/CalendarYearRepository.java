package org.xinfang.petition.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

    List<CalendarYear> findAllByOrderByYear();

    @Query("select y.revision from CalendarYear y where y.year = :year")
    Optional<String> findRevision(int year);
}
