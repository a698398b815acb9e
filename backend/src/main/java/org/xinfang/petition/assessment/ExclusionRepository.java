package org.xinfang.petition.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExclusionRepository extends JpaRepository<Exclusion, Long> {

    List<Exclusion> findAllByOrderByProposedAtDescIdDesc();
}
