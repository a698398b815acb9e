package org.xinfang.petition.supervision;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.supervision.InspectorScopes.Scope;

interface AccountabilityRecordRepository
        extends JpaRepository<AccountabilityRecord, Long>, JpaSpecificationExecutor<AccountabilityRecord> {

    /** The record if it is against a unit of the scope; else 404, as for an unknown id. */
    default AccountabilityRecord inScope(long id, Scope scope) {
        return findById(id)
                .filter(found -> scope.covers(found.getUnit()))
                .orElseThrow(() -> PetitionException.notFound("accountability.not-found", id));
    }
}
