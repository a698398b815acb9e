package org.xinfang.petition.evaluation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EvaluatorDeviceRepository extends JpaRepository<EvaluatorDevice, Long> {

    List<EvaluatorDevice> findAllByOrderById();

    /** The device under its row lock: the ratings of one device are counted one after the other, on every node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from EvaluatorDevice d where d.id = :id")
    Optional<EvaluatorDevice> findForUpdate(Long id);
}
