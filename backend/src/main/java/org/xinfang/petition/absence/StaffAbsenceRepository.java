package org.xinfang.petition.absence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffAbsenceRepository extends JpaRepository<StaffAbsence, Long> {

    /** The member's absences that have not ended by {@code at}, first first. */
    List<StaffAbsence> findByUsernameAndEndsAtAfterOrderByStartsAtAsc(String username, Instant at);

    /** The absences a member stands in for that have not ended by {@code at}. */
    List<StaffAbsence> findBySubstituteAndEndsAtAfterOrderByStartsAtAsc(String substitute, Instant at);

    /** The absences of these members in force at {@code at}. */
    @Query("select a from StaffAbsence a where a.username in :members and a.startsAt <= :at and a.endsAt > :at")
    List<StaffAbsence> inForce(@Param("members") Collection<String> members, @Param("at") Instant at);

    /** The absences in force whose tasks no node has handed over yet. */
    @Query("select a from StaffAbsence a where a.handedOverAt is null and a.startsAt <= :at and a.endsAt > :at")
    List<StaffAbsence> dueForHandover(@Param("at") Instant at);

    /** Claims the handover of one absence for this node: 1 if it won, 0 if another node did it first. */
    @Modifying
    @Query("update StaffAbsence a set a.handedOverAt = :at where a.id = :id and a.handedOverAt is null")
    int claimHandover(@Param("id") Long id, @Param("at") Instant at);
}
