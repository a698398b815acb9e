package org.xinfang.petition.attachment;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.caseview.CaseAttachments.Item;
import org.xinfang.petition.caseview.ComplainantIdentity;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;

/**
 * Staff and a case's files: listing, downloading and uploading, only for cases the staff member may see (the
 * case view's rule; any other case answers 404 as if it did not exist). A file that carries the complainant's
 * identity is handed out only to those who may know the complainant in full, by the rule of the identity view
 * ({@link ComplainantIdentity}, refused with its 403), and every download is audited like that view.
 */
@Service
public class CaseFiles {

    static final String DOWNLOADED = "ATTACHMENT_DOWNLOADED";

    private final Cases cases;
    private final CaseScopes access;
    private final ComplainantIdentity identity;
    private final CurrentStaff currentStaff;
    private final Attachments attachments;
    private final AttachmentRepository repository;
    private final ContentStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CaseFiles(
            Cases cases,
            CaseScopes access,
            ComplainantIdentity identity,
            CurrentStaff currentStaff,
            Attachments attachments,
            AttachmentRepository repository,
            ContentStore store,
            AuditTrail audit,
            TransactionTemplate transaction) {
        this.cases = cases;
        this.access = access;
        this.identity = identity;
        this.currentStaff = currentStaff;
        this.attachments = attachments;
        this.repository = repository;
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** The case's attachments; those the caller may not download are marked withheld, without name or hash. */
    List<Item> list(String trackingNumber) {
        return transaction.execute(status -> listed(visibleCase(trackingNumber)));
    }

    /**
     * The content of one attachment, authenticated in full before it is handed out and decrypted as it is sent.
     * The download is audited (who, roles, unit, client address, case and attachment, never the content) once the
     * file is known to be intact, outside the transaction that read the row, so that no connection waits on another.
     */
    Download download(String trackingNumber, Long id) {
        StaffPrincipal staff = currentStaff.get();
        Attachment attachment = transaction.execute(status -> {
            Complaint complaint = visibleCase(trackingNumber);
            Attachment found = repository
                    .findById(id)
                    .filter(candidate -> candidate.getComplaintId().equals(complaint.getId()))
                    .orElseThrow(() -> PetitionException.notFound("attachment.not-found", id, trackingNumber));
            if (found.getPurpose().carriesIdentity()) {
                identity.checkMayDisclose(staff, complaint);
            }
            return found;
        });
        Download download = Download.opened(store, attachment, trackingNumber);
        try {
            audit.recordView(DOWNLOADED, trackingNumber, "attachment " + id + " (" + attachment.getPurpose() + ")");
        } catch (RuntimeException e) {
            download.discard();
            throw e;
        }
        return download;
    }

    /**
     * Staff attach files to a case they may see: the bureau's with its reply by default, the office's as intake
     * material. The case is checked before the files are, so nobody can make us parse files for a case they
     * cannot see.
     */
    public List<Item> upload(String trackingNumber, Purpose requested, List<MultipartFile> files) {
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
                return listed(complaint);
            });
        }
    }

    /**
     * The reply material is the bureau's own and goes to everyone who may see the case; only the bureau's staff
     * attach it, so that nobody files the complainant's papers under it.
     */
    private static Purpose purposeFor(StaffPrincipal staff, Purpose requested) {
        boolean bureau = staff.hasAnyRole(Role.HANDLER, Role.BUREAU_LEADER);
        if (requested == Purpose.SUPPLEMENT) {
            throw PetitionException.invalid("purpose", "attachment.supplement-is-complainants");
        }
        if (requested == Purpose.REPLY && !bureau) {
            throw PetitionException.invalid("purpose", "attachment.reply-is-bureaus");
        }
        if (requested != null) {
            return requested;
        }
        return bureau ? Purpose.REPLY : Purpose.INTAKE;
    }

    private List<Item> listed(Complaint complaint) {
        return attachments.of(complaint.getId(), identity.mayDisclose(currentStaff.get(), complaint));
    }

    private Complaint visibleCase(String trackingNumber) {
        Complaint complaint = cases.get(trackingNumber);
        access.checkCanView(currentStaff.get(), complaint);
        return complaint;
    }
}
