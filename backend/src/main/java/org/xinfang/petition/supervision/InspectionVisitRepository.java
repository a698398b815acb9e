package org.xinfang.petition.supervision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InspectionVisitRepository
        extends JpaRepository<InspectionVisit, Long>, JpaSpecificationExecutor<InspectionVisit> {}
