package org.xinfang.petition.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.assessment.Exclusion.ExclusionView;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 剔除: the petition office or the case's bureau leader proposes to leave a case out of the assessment (a malicious
 * complaint, a matter outside the bureau's power), with the reason; an inspector other than the proposer approves
 * or refuses it. An approved case counts in no indicator of a month not yet closed; closed months stay as they
 * were published. Every step is audited. One proposal per case: a second, or two at once, is 409.
 */
@Service
class Exclusions {

    static final int MAX_TEXT = 2000;

    private final ExclusionRepository exclusions;
    private final Cases cases;
    private final CaseScopes scopes;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    Exclusions(
            ExclusionRepository exclusions,
            Cases cases,
            CaseScopes scopes,
            CurrentStaff currentStaff,
            AuditTrail audit,
            Clock clock) {
        this.exclusions = exclusions;
        this.cases = cases;
        this.scopes = scopes;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ExclusionView propose(Proposal proposal) {
        StaffPrincipal staff = currentStaff.get();
        if (!AssessmentAccess.mayProposeExclusions(staff)) {
            throw PetitionException.forbidden("access-denied");
        }
        Complaint complaint = cases.get(proposal.trackingNumber());
        scopes.checkCanView(staff, complaint);
        try {
            Exclusion exclusion = exclusions.saveAndFlush(
                    new Exclusion(complaint.getId(), proposal.reason().strip(), staff.username(), clock.instant()));
            audit.recordChange("EXCLUSION_PROPOSED", complaint.getTrackingNumber(), "exclusion " + exclusion.getId());
            return exclusion.view(complaint.getTrackingNumber());
        } catch (DataIntegrityViolationException proposed) {
            throw PetitionException.conflict("exclusion.exists", complaint.getTrackingNumber());
        }
    }

    @Transactional
    ExclusionView decide(Long id, Decision decision) {
        StaffPrincipal staff = currentStaff.get();
        if (!AssessmentAccess.mayDecideExclusions(staff)) {
            throw PetitionException.forbidden("access-denied");
        }
        Exclusion exclusion =
                exclusions.findById(id).orElseThrow(() -> PetitionException.notFound("exclusion.not-found", id));
        Complaint complaint = cases.byId(exclusion.getComplaintId()).orElseThrow();
        scopes.checkCanView(staff, complaint);
        if (exclusion.getStatus() != Exclusion.Status.PROPOSED) {
            throw PetitionException.conflict("exclusion.decided", id);
        }
        if (exclusion.getProposedBy().equals(staff.username())) {
            throw PetitionException.conflict("exclusion.own-proposal", id);
        }
        String trackingNumber = complaint.getTrackingNumber();
        exclusion.decide(decision.approve(), staff.username(), blankToNull(decision.comment()), clock.instant());
        try {
            exclusions.saveAndFlush(exclusion);
        } catch (ObjectOptimisticLockingFailureException decided) {
            throw PetitionException.conflict("exclusion.decided", id);
        }
        audit.recordChange(
                decision.approve() ? "EXCLUSION_APPROVED" : "EXCLUSION_REFUSED", trackingNumber, "exclusion " + id);
        return exclusion.view(trackingNumber);
    }

    @Transactional(readOnly = true)
    List<ExclusionView> list() {
        if (!AssessmentAccess.mayListExclusions(currentStaff.get())) {
            throw PetitionException.forbidden("access-denied");
        }
        return exclusions.findAllByOrderByProposedAtDescIdDesc().stream()
                .map(exclusion -> exclusion.view(trackingNumber(exclusion)))
                .toList();
    }

    private String trackingNumber(Exclusion exclusion) {
        return cases.byId(exclusion.getComplaintId())
                .map(Complaint::getTrackingNumber)
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record Proposal(
            @NotBlank @PlainText @Size(max = 40) String trackingNumber,

            @NotBlank @PlainText(lines = true) @Size(max = MAX_TEXT)
            String reason) {}

    record Decision(
            @NotNull Boolean approve,
            @PlainText(lines = true) @Size(max = MAX_TEXT) String comment) {}
}
