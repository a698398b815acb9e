package org.xinfang.petition.supervision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccountabilityRecordRepository
        extends JpaRepository<AccountabilityRecord, Long>, JpaSpecificationExecutor<AccountabilityRecord> {}
