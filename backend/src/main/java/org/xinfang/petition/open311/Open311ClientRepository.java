package org.xinfang.petition.open311;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Open311ClientRepository extends JpaRepository<Open311Client, Long> {

    List<Open311Client> findAllByOrderById();

    Optional<Open311Client> findByKeyHash(String keyHash);
}
