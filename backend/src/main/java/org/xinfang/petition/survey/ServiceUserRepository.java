package org.xinfang.petition.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceUserRepository extends JpaRepository<ServiceUser, Long> {

    List<ServiceUser> findByMonthOrderByIdAsc(String month);
}
