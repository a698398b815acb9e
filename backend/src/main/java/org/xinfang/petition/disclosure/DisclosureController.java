package org.xinfang.petition.disclosure;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.petition.disclosure.PublicReplies.PublicReply;
import org.xinfang.petition.disclosure.ReplyDisclosures.DisclosureView;
import org.xinfang.petition.disclosure.ReplyDisclosures.Draft;
import org.xinfang.petition.disclosure.ReplyDisclosures.Proposal;
import org.xinfang.petition.disclosure.ReplyDisclosures.ReviewRequest;
import org.xinfang.petition.disclosure.ReplyDisclosures.WithdrawalRequest;
import org.xinfang.petition.shared.PlainText;

/** 答复公开: proposals of a case's reply, their confidentiality review and withdrawal; the public list. */
@RestController
@RequestMapping("/api/v1")
class DisclosureController {

    private final ReplyDisclosures disclosures;
    private final PublicReplies published;

    DisclosureController(ReplyDisclosures disclosures, PublicReplies published) {
        this.disclosures = disclosures;
        this.published = published;
    }

    /** The public texts the office would propose: the case's own, with its personal data masked. */
    @GetMapping("/complaints/{trackingNumber}/disclosure-draft")
    Draft draft(@PathVariable String trackingNumber) {
        return disclosures.draft(trackingNumber);
    }

    /** The disclosure proposals (公开审查) of a case's replies, with their state. */
    @GetMapping("/complaints/{trackingNumber}/disclosures")
    List<DisclosureView> ofCase(@PathVariable String trackingNumber) {
        return disclosures.ofCase(trackingNumber);
    }

    /** 提出公开: the office proposes the case's reply for publication, saying why; 409 while one is live. */
    @PostMapping("/complaints/{trackingNumber}/disclosures")
    ResponseEntity<DisclosureView> propose(@PathVariable String trackingNumber, @Valid @RequestBody Proposal proposal) {
        DisclosureView proposed = disclosures.propose(trackingNumber, proposal);
        return ResponseEntity.created(URI.create("/api/v1/disclosures/" + proposed.id()))
                .body(proposed);
    }

    /** The proposals of the cases the user may see, newest first; {@code status} narrows them. */
    @GetMapping("/disclosures")
    List<DisclosureView> list(@RequestParam(required = false) DisclosureStatus status) {
        return disclosures.list(status);
    }

    /** One disclosure proposal (公开审查) with its state. */
    @GetMapping("/disclosures/{id}")
    DisclosureView get(@PathVariable Long id) {
        return disclosures.get(id);
    }

    /** 保密审查: an inspector other than the proposer approves (texts edited if need be) or refuses with a reason. */
    @PostMapping("/disclosures/{id}/review")
    ResponseEntity<DisclosureView> review(@PathVariable Long id, @Valid @RequestBody ReviewRequest review) {
        disclosures.review(id, review);
        return ResponseEntity.ok(disclosures.get(id));
    }

    /** 撤回: the office takes a published reply off the public list, saying why. */
    @PostMapping("/disclosures/{id}/withdrawal")
    DisclosureView withdraw(@PathVariable Long id, @Valid @RequestBody WithdrawalRequest withdrawal) {
        return disclosures.withdraw(id, withdrawal);
    }

    /** 公开答复: the published replies, newest first, those with the words of {@code q}; open to everyone. */
    @GetMapping("/public/replies")
    Page<PublicReply> publicList(
            @RequestParam(required = false) @PlainText String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return published.list(q, page, size);
    }
}
