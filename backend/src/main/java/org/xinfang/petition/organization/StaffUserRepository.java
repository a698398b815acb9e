package org.xinfang.petition.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface StaffUserRepository extends JpaRepository<StaffUser, Long>, JpaSpecificationExecutor<StaffUser> {

    Optional<StaffUser> findByUsername(String username);

    Optional<StaffUser> findByUsernameAndEnabledTrue(String username);

    /** Every enabled staff member with unit and roles in one query, not one query per member for the roles. */
    @EntityGraph(attributePaths = {"unit", "roles"})
    List<StaffUser> findByEnabledTrue();

    /** The same for one unit: every warning, overdue card and supervision order reads its staff. */
    @EntityGraph(attributePaths = {"unit", "roles"})
    List<StaffUser> findByUnitIdAndEnabledTrue(Long unitId);
}
