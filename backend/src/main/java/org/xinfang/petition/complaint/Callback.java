package org.xinfang.petition.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The petition office's callback (回访) to the complainant after a reply. */
@Entity
public class Callback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "bureau_code")
    private String bureauCode;

    @Enumerated(EnumType.STRING)
    private CallbackResult result;

    private String comment;

    @Column(name = "called_by")
    private String calledBy;

    @Column(name = "called_at")
    private Instant calledAt;

    protected Callback() {}

    Callback(
            Long complaintId,
            String bureauCode,
            CallbackResult result,
            String comment,
            String calledBy,
            Instant calledAt) {
        this.complaintId = complaintId;
        this.bureauCode = bureauCode;
        this.result = result;
        this.comment = comment;
        this.calledBy = calledBy;
        this.calledAt = calledAt;
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getBureauCode() {
        return bureauCode;
    }

    public CallbackResult getResult() {
        return result;
    }

    public String getComment() {
        return comment;
    }

    public String getCalledBy() {
        return calledBy;
    }

    public Instant getCalledAt() {
        return calledAt;
    }
}
