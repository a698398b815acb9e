package org.xinfang.petition.organization;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffUserRepository extends JpaRepository<StaffUser, Long>, JpaSpecificationExecutor<StaffUser> {

    Optional<StaffUser> findByUsername(String username);

    Optional<StaffUser> findByUsernameAndEnabledTrue(String username);

    /** The logins holding the role, enabled or not. */
    @Query("select s.username from StaffUser s join s.roles r where r = :role order by s.username")
    List<String> usernamesHolding(@Param("role") Role role);

    /** These members' rows, locked for this transaction, always in the same order (no deadlock between two). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StaffUser s where s.username in :usernames order by s.username")
    List<StaffUser> lockByUsernames(@Param("usernames") Collection<String> usernames);

    @Query(
            "select s.username from StaffUser s where s.enabled = true and s.directoryAccount = true order by s.username")
    List<String> enabledDirectoryAccounts();

    /** Disables a directory account still enabled; 0 when it was not (another node was quicker, or it is local). */
    @Modifying
    @Query("""
            update StaffUser s set s.enabled = false
            where s.username = :username and s.enabled = true and s.directoryAccount = true""")
    int disableDirectoryAccount(@Param("username") String username);

    /** Every enabled staff member with unit and roles in one query, not one query per member for the roles. */
    @EntityGraph(attributePaths = {"unit", "roles"})
    List<StaffUser> findByEnabledTrue();

    /** The same for one unit: every warning, overdue card and supervision order reads its staff. */
    @EntityGraph(attributePaths = {"unit", "roles"})
    List<StaffUser> findByUnitIdAndEnabledTrue(Long unitId);
}
