package org.xinfang.petition.consultation;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.shared.PublicSearch;

/**
 * 公众问答: the published questions and answers, newest first, as screened at publication; nobody's name. A search
 * finds the words in the public question or answer.
 */
@Service
public class PublicConsultations {

    private final ConsultationRepository consultations;

    PublicConsultations(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    @Transactional(readOnly = true)
    public Page<PublicQa> list(String search, int page, int size) {
        Specification<Consultation> published = (root, query, cb) -> cb.isTrue(root.get("published"));
        Specification<Consultation> matching = PublicSearch.pattern(search)
                .<Specification<Consultation>>map(pattern -> published.and((root, query, cb) -> cb.or(
                        cb.like(root.get("publicQuestion"), pattern, '\\'),
                        cb.like(root.get("publicAnswer"), pattern, '\\'))))
                .orElse(published);
        return consultations
                .findAll(matching, PublicSearch.newestPublished(page, size))
                .map(PublicQa::of);
    }

    /** One published Q&A: the public versions of the texts, the category and the answering department. */
    public record PublicQa(
            String trackingNumber,
            String category,
            String department,
            String departmentEn,
            String question,
            String answer,
            Instant answeredAt,
            Instant publishedAt) {

        static PublicQa of(Consultation consultation) {
            return new PublicQa(
                    consultation.getTrackingNumber(),
                    consultation.getCategory().name(),
                    consultation.getDepartment().getNameZh(),
                    consultation.getDepartment().getNameEn(),
                    consultation.getPublicQuestion(),
                    consultation.getPublicAnswer(),
                    consultation.getAnsweredAt(),
                    consultation.getPublishedAt());
        }
    }
}
