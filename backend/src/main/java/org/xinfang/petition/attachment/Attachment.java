package org.xinfang.petition.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.xinfang.petition.caseview.CaseAttachments;
import org.xinfang.petition.privacy.Masks;

/**
 * One attached file: its metadata and extracted text (the text and the client's name encrypted); the content is in
 * the store, sealed, under {@code storageKey}.
 */
@Entity
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long complaintId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Convert(converter = AttachmentColumns.OriginalName.class)
    private String originalName;

    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;

    @Column(columnDefinition = "mediumtext")
    @Convert(converter = AttachmentColumns.ExtractedText.class)
    private String extractedText;

    private String uploadedBy;
    private Instant uploadedAt;

    /** The reply this reply material went with, once the leader reviewed that reply; null before and for others. */
    private Long replyId;

    /** When the file, its name and its text were erased at the end of the case's retention period. */
    private Instant erasedAt;

    protected Attachment() {}

    Attachment(Long complaintId, Purpose purpose, CheckedFile file, String uploadedBy, Instant uploadedAt) {
        this.complaintId = complaintId;
        this.purpose = purpose;
        this.originalName = file.name();
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.extractedText = file.text();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** As staff see it: without name and hash when it carries the identity of a complainant they may not know. */
    CaseAttachments.Item view(boolean complainantKnown) {
        boolean withheld = purpose.carriesIdentity() && !complainantKnown;
        return new CaseAttachments.Item(
                id,
                purpose.name(),
                withheld ? Masks.WITHHELD : originalName,
                contentType,
                sizeBytes,
                withheld ? null : sha256,
                uploadedBy,
                uploadedAt,
                withheld);
    }

    /** What an erased attachment's name reads. */
    static final String ERASED_NAME = "（已删除）";

    /** The case's retention period is over: the name and text go now, the file once the transaction commits. */
    void erase(Instant at) {
        this.originalName = ERASED_NAME;
        this.extractedText = null;
        this.erasedAt = at;
    }

    boolean isErased() {
        return erasedAt != null;
    }

    /** Binds this reply material to the reply the leader has just reviewed with it. */
    void wentWith(Long reviewedReplyId) {
        this.replyId = reviewedReplyId;
    }

    Long getId() {
        return id;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Long getComplaintId() {
        return complaintId;
    }

    String getOriginalName() {
        return originalName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getStorageKey() {
        return storageKey;
    }

    Long getReplyId() {
        return replyId;
    }

    String getExtractedText() {
        return extractedText;
    }
}
