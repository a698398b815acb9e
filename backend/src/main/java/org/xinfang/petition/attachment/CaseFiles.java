package org.xinfang.petition.attachment;

import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.caseview.CaseAttachments.Item;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * Staff and a case's files: listing, downloading and uploading, only for cases the staff member may see (the
 * case view's rule; any other case answers 404 as if it did not exist).
 */
@Service
class CaseFiles {

  private final Cases cases;
  private final CaseScopes access;
  private final CurrentStaff currentStaff;
  private final Attachments attachments;
  private final AttachmentRepository repository;
  private final ContentStore store;
  private final TransactionTemplate transaction;

  CaseFiles(Cases cases, CaseScopes access, CurrentStaff currentStaff, Attachments attachments,
      AttachmentRepository repository, ContentStore store, TransactionTemplate transaction) {
    this.cases = cases;
    this.access = access;
    this.currentStaff = currentStaff;
    this.attachments = attachments;
    this.repository = repository;
    this.store = store;
    this.transaction = transaction;
  }

  List<Item> list(String trackingNumber) {
    return transaction.execute(status -> attachments.of(visibleCase(trackingNumber).getId()));
  }

  Download download(String trackingNumber, Long id) {
    return transaction.execute(status -> {
      Complaint complaint = visibleCase(trackingNumber);
      Attachment attachment = repository.findById(id)
          .filter(found -> found.getComplaintId().equals(complaint.getId()))
          .orElseThrow(() -> PetitionException.notFound("attachment.not-found", id, trackingNumber));
      return new Download(store.locate(attachment.getStorageKey()), attachment.getOriginalName(),
          attachment.getContentType(), attachment.getSizeBytes());
    });
  }

  /**
   * Staff attach files to a case they may see: the bureau's with its reply by default, the office's as intake
   * material. The case is checked before the files are, so nobody can make us parse files for a case they
   * cannot see.
   */
  List<Item> upload(String trackingNumber, Purpose requested, List<MultipartFile> files) {
    transaction.executeWithoutResult(status -> visibleCase(trackingNumber));
    if (files == null || files.isEmpty()) {
      throw PetitionException.invalid("files", "constraint.NotEmpty");
    }
    StaffPrincipal staff = currentStaff.get();
    Purpose purpose = purposeFor(staff, requested);
    try (CheckedFiles checked = attachments.check(files)) {
      return transaction.execute(status -> {
        Complaint complaint = visibleCase(trackingNumber);
        attachments.attach(complaint, checked, purpose, staff.username());
        return attachments.of(complaint.getId());
      });
    }
  }

  private static Purpose purposeFor(StaffPrincipal staff, Purpose requested) {
    if (requested == Purpose.SUPPLEMENT) {
      throw PetitionException.invalid("purpose", "attachment.supplement-is-complainants");
    }
    if (requested != null) {
      return requested;
    }
    return staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER) ? Purpose.REPLY : Purpose.INTAKE;
  }

  private Complaint visibleCase(String trackingNumber) {
    Complaint complaint = cases.get(trackingNumber);
    access.checkCanView(currentStaff.get(), complaint);
    return complaint;
  }

  record Download(Path file, String name, String contentType, long size) {}
}
