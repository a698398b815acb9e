package org.xinfang.petition.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosedMonthRepository extends JpaRepository<ClosedMonth, String> {}
