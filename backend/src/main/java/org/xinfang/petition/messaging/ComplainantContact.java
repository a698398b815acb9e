package org.xinfang.petition.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.xinfang.petition.shared.MadeRow;

/**
 * How the complainant of one case wants to be told, with their e-mail address encrypted (column
 * {@value #EMAIL_COLUMN}) and masked; the phone stays on the complainant.
 */
@Entity
@Table(name = "message_contact")
class ComplainantContact extends MadeRow<Long> {

    static final String EMAIL_COLUMN = MessagingColumns.CONTACT_EMAIL.associatedData();

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "notify_by")
    private NotifyBy notifyBy;

    private String email;

    @Column(name = "email_masked")
    private String emailMasked;

    protected ComplainantContact() {}

    ComplainantContact(Long complaintId, NotifyBy notifyBy, String encryptedEmail, String emailMasked) {
        super(true);
        this.complaintId = complaintId;
        this.notifyBy = notifyBy;
        this.email = encryptedEmail;
        this.emailMasked = emailMasked;
    }

    @Override
    public Long getId() {
        return complaintId;
    }

    NotifyBy getNotifyBy() {
        return notifyBy;
    }

    /** The e-mail address as stored: encrypted. */
    String getEncryptedEmail() {
        return email;
    }

    String getEmailMasked() {
        return emailMasked;
    }
}
