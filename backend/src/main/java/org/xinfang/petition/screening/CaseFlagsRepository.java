package org.xinfang.petition.screening;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFlagsRepository extends JpaRepository<CaseFlags, Long> {

    List<CaseFlags> findByComplaintIdIn(Collection<Long> complaintIds);
}
