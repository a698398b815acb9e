package org.xinfang.petition.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.xinfang.petition.caseview.CaseAttachments;

/** One attached file: its metadata and extracted text; the content is in the store under {@code storageKey}. */
@Entity
class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long complaintId;
  @Enumerated(EnumType.STRING)
  private Purpose purpose;
  private String originalName;
  private String contentType;
  private long sizeBytes;
  private String sha256;
  private String storageKey;
  @Column(columnDefinition = "mediumtext")
  private String extractedText;
  private String uploadedBy;
  private Instant uploadedAt;

  protected Attachment() {
  }

  Attachment(Long complaintId, Purpose purpose, CheckedFile file, String storageKey, String uploadedBy,
      Instant uploadedAt) {
    this.complaintId = complaintId;
    this.purpose = purpose;
    this.originalName = file.name();
    this.contentType = file.contentType();
    this.sizeBytes = file.size();
    this.sha256 = file.sha256();
    this.storageKey = storageKey;
    this.extractedText = file.text();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  CaseAttachments.Item view() {
    return new CaseAttachments.Item(id, purpose.name(), originalName, contentType, sizeBytes, sha256, uploadedBy,
        uploadedAt);
  }

  Long getId() {
    return id;
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

  String getExtractedText() {
    return extractedText;
  }
}
