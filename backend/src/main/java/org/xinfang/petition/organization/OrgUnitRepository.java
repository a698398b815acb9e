package org.xinfang.petition.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    /** With its region and parent, loaded: the administration shows them after the transaction. */
    @EntityGraph(attributePaths = {"region", "parent", "parent.region"})
    Optional<OrgUnit> findByCode(String code);

    @EntityGraph(attributePaths = {"region", "parent", "parent.region"})
    List<OrgUnit> findAllByOrderByCode();
}
