package org.xinfang.petition.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WeightsRepository extends JpaRepository<Weights, Long> {

    /** The version in force in a month: the latest that took effect in it or before ({@code yyyy-MM} sorts). */
    Optional<Weights> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(String month);

    List<Weights> findAllByOrderByEffectiveFromAsc();

    boolean existsByEffectiveFrom(String month);
}
