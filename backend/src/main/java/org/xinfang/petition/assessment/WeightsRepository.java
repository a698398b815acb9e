package org.xinfang.petition.assessment;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WeightsRepository extends JpaRepository<Weights, Long> {

    /** The version in force in a month: the latest that took effect in it or before ({@code yyyy-MM} sorts). */
    Optional<Weights> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(String month);

    List<Weights> findAllByOrderByEffectiveFromAsc();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Weights w where w.id = :id")
    Optional<Weights> findLocked(Long id);

    boolean existsByEffectiveFrom(String month);
}
