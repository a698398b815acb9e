package org.xinfang.petition.notification;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffNotificationRepository extends JpaRepository<StaffNotification, Long> {

    Page<StaffNotification> findByRecipient(String recipient, Pageable page);

    Page<StaffNotification> findByRecipientAndReadAtIsNull(String recipient, Pageable page);

    Optional<StaffNotification> findByIdAndRecipient(Long id, String recipient);
}
