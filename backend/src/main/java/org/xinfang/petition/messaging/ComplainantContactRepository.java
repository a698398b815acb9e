package org.xinfang.petition.messaging;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplainantContactRepository extends JpaRepository<ComplainantContact, Long> {}
