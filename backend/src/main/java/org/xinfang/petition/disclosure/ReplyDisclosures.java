package org.xinfang.petition.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.complaint.Reply;
import org.xinfang.petition.disclosure.DisclosureProcess.Step;
import org.xinfang.petition.disclosure.DisclosureProcess.Var;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.process.CaseTasks;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.security.StaffPrincipal;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * 答复公开 by the staff: the petition office proposes a replied case's reply for publication, with screened public
 * texts and the reason, which starts its confidentiality review ({@code reply-disclosure}); the review is the
 * model's task, completed here as through every other door; the office withdraws a published reply with the reason.
 * One live proposal per reply: a second, or two at once, is 409. Every step is audited.
 */
@Service
public class ReplyDisclosures {

    static final int MAX_REASON = 500;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_REPLY = 8000;

    /** A case whose reply went out and is not being handled anew. */
    private static final Set<ComplaintStatus> REPLIED =
            Set.of(ComplaintStatus.PENDING_CALLBACK, ComplaintStatus.UNDER_REVIEW, ComplaintStatus.CLOSED);

    private final ReplyDisclosureRepository disclosures;
    private final PublicTexts texts;
    private final Cases cases;
    private final CaseScopes scopes;
    private final CaseTasks caseTasks;
    private final CurrentStaff currentStaff;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final Clock clock;

    ReplyDisclosures(
            ReplyDisclosureRepository disclosures,
            PublicTexts texts,
            Cases cases,
            CaseScopes scopes,
            CaseTasks caseTasks,
            CurrentStaff currentStaff,
            RuntimeService runtime,
            AuditTrail audit,
            Clock clock) {
        this.disclosures = disclosures;
        this.texts = texts;
        this.cases = cases;
        this.scopes = scopes;
        this.caseTasks = caseTasks;
        this.currentStaff = currentStaff;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** The public texts the office would propose for this case's reply: its own texts with personal data masked. */
    @Transactional(readOnly = true)
    public Draft draft(String trackingNumber) {
        Complaint complaint = proposable(trackingNumber);
        Reply reply = sentReply(complaint);
        return new Draft(
                complaint.getTrackingNumber(),
                texts.maskedSummary(complaint),
                texts.masked(complaint, reply.getText()),
                reply.getSentAt());
    }

    /**
     * 提出公开: the public texts as given (blank: the case's own), with every personal datum of the case and anything
     * else the screen catches masked, so that even pasted personal data never reaches the review as it was.
     */
    @Transactional
    public DisclosureView propose(String trackingNumber, Proposal proposal) {
        StaffPrincipal staff = currentStaff.get();
        Complaint complaint = proposable(trackingNumber);
        Reply reply = sentReply(complaint);
        String summary = isBlank(proposal.publicSummary())
                ? texts.maskedSummary(complaint)
                : texts.masked(complaint, proposal.publicSummary().strip());
        String replyText = isBlank(proposal.publicReply())
                ? texts.masked(complaint, reply.getText())
                : texts.masked(complaint, proposal.publicReply().strip());
        texts.checkLength(summary, Var.PUBLIC_SUMMARY, MAX_SUMMARY);
        texts.checkLength(replyText, Var.PUBLIC_REPLY, MAX_REPLY);
        ReplyDisclosure disclosure;
        try {
            disclosure = disclosures.saveAndFlush(new ReplyDisclosure(
                    complaint.getId(),
                    reply.getId(),
                    proposal.reason().strip(),
                    summary,
                    replyText,
                    staff.username(),
                    clock.instant()));
        } catch (DataIntegrityViolationException proposed) {
            throw PetitionException.conflict("disclosure.exists", complaint.getTrackingNumber());
        }
        audit.recordChange("DISCLOSURE_PROPOSED", complaint.getTrackingNumber(), "disclosure " + disclosure.getId());
        runtime.startProcessInstanceByKey(
                DisclosureProcess.KEY, complaint.getTrackingNumber(), Map.of(Var.DISCLOSURE_ID, disclosure.getId()));
        return DisclosureView.of(disclosure, complaint.getTrackingNumber());
    }

    /** 保密审查: approve, with the public texts edited if need be, or refuse saying why. */
    @Transactional
    public void review(Long id, ReviewRequest review) {
        ReplyDisclosure disclosure = visible(id);
        String trackingNumber = trackingNumber(disclosure);
        if (disclosure.getStatus() != DisclosureStatus.PROPOSED) {
            throw PetitionException.conflict("disclosure.decided", id);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Var.APPROVED, review.approve());
        variables.put(Var.REFUSAL_REASON, Variables.stringValue(review.reason(), true));
        variables.put(Var.PUBLIC_SUMMARY, Variables.stringValue(review.publicSummary(), true));
        variables.put(Var.PUBLIC_REPLY, Variables.stringValue(review.publicReply(), true));
        caseTasks.complete(
                DisclosureProcess.KEY, trackingNumber, Step.REVIEW.taskKey(), Step.REVIEW.label(), variables);
    }

    /** 撤回: the office takes a published reply off the public list, saying why. */
    @Transactional
    public DisclosureView withdraw(Long id, WithdrawalRequest withdrawal) {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.hasRole(Role.CLERK)) {
            throw PetitionException.forbidden("access-denied");
        }
        ReplyDisclosure disclosure = visible(id);
        if (disclosure.getStatus() != DisclosureStatus.PUBLISHED) {
            throw PetitionException.conflict("disclosure.not-published", id);
        }
        disclosure.withdraw(staff.username(), withdrawal.reason().strip(), clock.instant());
        try {
            disclosures.saveAndFlush(disclosure);
        } catch (ObjectOptimisticLockingFailureException withdrawn) {
            throw PetitionException.conflict("disclosure.not-published", id);
        }
        String trackingNumber = trackingNumber(disclosure);
        audit.recordChange("DISCLOSURE_WITHDRAWN", trackingNumber, "disclosure " + id);
        return DisclosureView.of(disclosure, trackingNumber);
    }

    /** The proposals in this state (all: null), newest first, of the cases the user may see. */
    @Transactional(readOnly = true)
    public List<DisclosureView> list(DisclosureStatus status) {
        StaffPrincipal staff = staffOfTheReview();
        List<ReplyDisclosure> found = status == null
                ? disclosures.findAllByOrderByProposedAtDescIdDesc()
                : disclosures.findByStatusOrderByProposedAtDescIdDesc(status);
        return found.stream()
                .flatMap(disclosure -> cases.byId(disclosure.getComplaintId()).stream()
                        .filter(complaint -> scopes.canSee(staff, complaint))
                        .map(complaint -> DisclosureView.of(disclosure, complaint.getTrackingNumber())))
                .toList();
    }

    @Transactional(readOnly = true)
    public DisclosureView get(Long id) {
        ReplyDisclosure disclosure = visible(id);
        return DisclosureView.of(disclosure, trackingNumber(disclosure));
    }

    /** The proposal of this case's reply that waits for its review, if there is one the user may see. */
    @Transactional(readOnly = true)
    public Optional<DisclosureView> underReview(String trackingNumber) {
        return ofCase(trackingNumber).stream()
                .filter(view -> view.status().equals(DisclosureStatus.PROPOSED.name()))
                .findFirst();
    }

    /** The proposals of one case, newest first. */
    @Transactional(readOnly = true)
    public List<DisclosureView> ofCase(String trackingNumber) {
        staffOfTheReview();
        Complaint complaint = scopes.visible(cases.get(trackingNumber));
        return disclosures.findByComplaintIdOrderByProposedAtDescIdDesc(complaint.getId()).stream()
                .map(disclosure -> DisclosureView.of(disclosure, complaint.getTrackingNumber()))
                .toList();
    }

    /**
     * Whether the user may propose this case's reply now: of the office, the case replied and not confidential, and
     * no proposal of its reply under review or published.
     */
    @Transactional(readOnly = true)
    public boolean mayPropose(String trackingNumber) {
        if (currentStaff.find().filter(staff -> staff.hasRole(Role.CLERK)).isEmpty()) {
            return false;
        }
        try {
            Reply reply = sentReply(proposable(trackingNumber));
            return !disclosures.existsByActiveReplyId(reply.getId());
        } catch (PetitionException notProposable) {
            return false;
        }
    }

    /** A case the office may propose: replied, not confidential, in the user's scope. */
    private Complaint proposable(String trackingNumber) {
        if (!currentStaff.get().hasRole(Role.CLERK)) {
            throw PetitionException.forbidden("access-denied");
        }
        Complaint complaint = scopes.visible(cases.get(trackingNumber));
        if (complaint.isConfidential()) {
            throw PetitionException.conflict("disclosure.confidential", trackingNumber);
        }
        if (!REPLIED.contains(complaint.getStatus())) {
            throw PetitionException.conflict("disclosure.not-replied", trackingNumber);
        }
        return complaint;
    }

    /** The reply that went out last. */
    private Reply sentReply(Complaint complaint) {
        return cases.repliesOf(complaint).stream()
                .filter(reply -> reply.getStatus() == Reply.Status.SENT)
                .max(Comparator.comparing(Reply::getSentAt).thenComparing(Reply::getId))
                .orElseThrow(() -> PetitionException.conflict("disclosure.not-replied", complaint.getTrackingNumber()));
    }

    private StaffPrincipal staffOfTheReview() {
        StaffPrincipal staff = currentStaff.get();
        if (!staff.hasAnyRole(Role.CLERK, Role.INSPECTOR, Role.ADMIN)) {
            throw PetitionException.forbidden("access-denied");
        }
        return staff;
    }

    /** The proposal, if the user may see its case; else 404 as for an unknown one. */
    private ReplyDisclosure visible(Long id) {
        StaffPrincipal staff = staffOfTheReview();
        ReplyDisclosure disclosure =
                disclosures.findById(id).orElseThrow(() -> PetitionException.notFound("disclosure.not-found", id));
        Complaint complaint = cases.byId(disclosure.getComplaintId()).orElseThrow();
        if (!scopes.canSee(staff, complaint)) {
            throw PetitionException.notFound("disclosure.not-found", id);
        }
        return disclosure;
    }

    private String trackingNumber(ReplyDisclosure disclosure) {
        return cases.byId(disclosure.getComplaintId())
                .map(Complaint::getTrackingNumber)
                .orElseThrow();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The public texts the office would propose. */
    public record Draft(String trackingNumber, String publicSummary, String publicReply, Instant repliedAt) {}

    /** 提出公开: why, and the public texts (blank: the case's own, masked). */
    public record Proposal(
            @NotBlank @PlainText(lines = true) @Size(max = MAX_REASON)
            String reason,

            @PlainText(lines = true) @Size(max = MAX_SUMMARY)
            String publicSummary,

            @PlainText(lines = true) @Size(max = MAX_REPLY) String publicReply) {}

    /** 保密审查: approve (the public texts edited if need be, blank: as proposed) or refuse with the reason. */
    public record ReviewRequest(
            @NotNull Boolean approve,
            @PlainText(lines = true) @Size(max = MAX_REASON) String reason,

            @PlainText(lines = true) @Size(max = MAX_SUMMARY)
            String publicSummary,

            @PlainText(lines = true) @Size(max = MAX_REPLY) String publicReply) {}

    public record WithdrawalRequest(
            @NotBlank @PlainText(lines = true) @Size(max = MAX_REASON)
            String reason) {}

    /** A proposal as the staff see it. */
    public record DisclosureView(
            Long id,
            String trackingNumber,
            String status,
            String reason,
            String publicSummary,
            String publicReply,
            String proposedBy,
            Instant proposedAt,
            String decidedBy,
            Instant decidedAt,
            String refusalReason,
            Instant publishedAt,
            String withdrawnBy,
            Instant withdrawnAt,
            String withdrawalReason) {

        static DisclosureView of(ReplyDisclosure disclosure, String trackingNumber) {
            return new DisclosureView(
                    disclosure.getId(),
                    trackingNumber,
                    disclosure.getStatus().name(),
                    disclosure.getReason(),
                    disclosure.getPublicSummary(),
                    disclosure.getPublicReply(),
                    disclosure.getProposedBy(),
                    disclosure.getProposedAt(),
                    disclosure.getDecidedBy(),
                    disclosure.getDecidedAt(),
                    disclosure.getRefusalReason(),
                    disclosure.getPublishedAt(),
                    disclosure.getWithdrawnBy(),
                    disclosure.getWithdrawnAt(),
                    disclosure.getWithdrawalReason());
        }
    }
}
