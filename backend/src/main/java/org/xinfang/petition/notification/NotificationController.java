package org.xinfang.petition.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.notification.StaffNotifications.Notification;
import org.xinfang.petition.shared.SortableBy;

/** The acting staff member's notifications. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final StaffNotifications notifications;

    NotificationController(StaffNotifications notifications) {
        this.notifications = notifications;
    }

    /** The signed-in staff member's notifications, newest first. */
    @GetMapping
    Page<Notification> mine(
            @RequestParam(defaultValue = "false") boolean unread,
            @SortableBy({"createdAt", "readAt"})
                    @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC)
                    Pageable page) {
        return notifications.mine(unread, page);
    }

    /** Marks one of the signed-in staff member's notifications read. */
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable long id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }
}
