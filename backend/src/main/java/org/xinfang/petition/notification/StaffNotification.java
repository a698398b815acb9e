package org.xinfang.petition.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message to one staff member, in both languages. */
@Entity
@Table(name = "staff_notification")
class StaffNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    @Column(name = "complaint_id")
    private Long complaintId;

    private String type;

    @Column(name = "message_zh")
    private String messageZh;

    @Column(name = "message_en")
    private String messageEn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected StaffNotification() {}

    StaffNotification(
            String recipient, Long complaintId, String type, String messageZh, String messageEn, Instant createdAt) {
        this.recipient = recipient;
        this.complaintId = complaintId;
        this.type = type;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    Long getComplaintId() {
        return complaintId;
    }

    String getType() {
        return type;
    }

    String getMessageZh() {
        return messageZh;
    }

    String getMessageEn() {
        return messageEn;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
