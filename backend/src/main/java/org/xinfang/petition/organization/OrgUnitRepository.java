package org.xinfang.petition.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    /** With its parent: the administration shows it, after the transaction. */
    @EntityGraph(attributePaths = "parent")
    Optional<OrgUnit> findByCode(String code);

    @EntityGraph(attributePaths = "parent")
    List<OrgUnit> findAllByOrderByCode();
}
