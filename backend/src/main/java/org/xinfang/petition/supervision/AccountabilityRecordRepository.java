package org.xinfang.petition.supervision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.supervision.SupervisorScopes.Scope;

interface AccountabilityRecordRepository
        extends JpaRepository<AccountabilityRecord, Long>, JpaSpecificationExecutor<AccountabilityRecord> {

    /** Records written in [from, to) against these units, counted per unit and behaviour. */
    @Query("select new org.xinfang.petition.supervision.SupervisionQueries$BehaviourCount("
            + "r.unit.code, r.unit.nameZh, r.unit.nameEn, r.behaviour, count(r)) from AccountabilityRecord r"
            + " where r.unit.id in :units and r.createdAt >= :from and r.createdAt < :to"
            + " group by r.unit.code, r.unit.nameZh, r.unit.nameEn, r.behaviour"
            + " order by r.unit.code, r.behaviour")
    List<SupervisionQueries.BehaviourCount> countByUnitAndBehaviour(
            @Param("units") Collection<Long> units, @Param("from") Instant from, @Param("to") Instant to);

    /** The record if it is against a unit of the scope; else 404, as for an unknown id. */
    default AccountabilityRecord inScope(long id, Scope scope) {
        return findById(id)
                .filter(found -> scope.covers(found.getUnit()))
                .orElseThrow(() -> PetitionException.notFound("accountability.not-found", id));
    }
}
