package org.xinfang.petition.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

  Optional<StaffUser> findByUsername(String username);
}
