package org.xinfang.petition.disclosure;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.shared.PublicSearch;

/**
 * 公开答复: the published replies, newest first, as screened at their review; nobody's name, and no tracking number
 * (a case is looked up with its query code only). Withdrawn replies are gone. A search finds the words in the public
 * summary or reply.
 */
@Service
public class PublicReplies {

    private final ReplyDisclosureRepository disclosures;
    private final Cases cases;

    PublicReplies(ReplyDisclosureRepository disclosures, Cases cases) {
        this.disclosures = disclosures;
        this.cases = cases;
    }

    @Transactional(readOnly = true)
    public Page<PublicReply> list(String search, int page, int size) {
        Specification<ReplyDisclosure> published =
                (root, query, cb) -> cb.equal(root.get("status"), DisclosureStatus.PUBLISHED);
        Specification<ReplyDisclosure> matching = PublicSearch.pattern(search)
                .<Specification<ReplyDisclosure>>map(pattern -> published.and((root, query, cb) -> cb.or(
                        cb.like(root.get("publicSummary"), pattern, '\\'),
                        cb.like(root.get("publicReply"), pattern, '\\'))))
                .orElse(published);
        Page<ReplyDisclosure> found = disclosures.findAll(matching, PublicSearch.newestPublished(page, size));
        return found.map(disclosure -> PublicReply.of(
                disclosure, cases.byId(disclosure.getComplaintId()).orElseThrow()));
    }

    /**
     * One published reply: its public number (the proposal's, which looks nothing up), the category, the bureau that
     * replied, the public versions of the complaint and of the reply.
     */
    public record PublicReply(
            Long id,
            String category,
            String bureau,
            String bureauEn,
            String summary,
            String reply,
            Instant publishedAt) {

        static PublicReply of(ReplyDisclosure disclosure, Complaint complaint) {
            OrgUnit bureau = complaint.getCurrentBureau();
            return new PublicReply(
                    disclosure.getId(),
                    complaint.getCategory().name(),
                    bureau == null ? null : bureau.getNameZh(),
                    bureau == null ? null : bureau.getNameEn(),
                    disclosure.getPublicSummary(),
                    disclosure.getPublicReply(),
                    disclosure.getPublishedAt());
        }
    }
}
