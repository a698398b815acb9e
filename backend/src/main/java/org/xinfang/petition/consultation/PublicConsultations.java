package org.xinfang.petition.consultation;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 公众问答: the published questions and answers, newest first, as screened at publication; nobody's name. */
@Service
class PublicConsultations {

    private final ConsultationRepository consultations;

    PublicConsultations(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    @Transactional(readOnly = true)
    Page<PublicQa> list(int page, int size) {
        return consultations
                .findByPublishedTrue(
                        ConsultationDesk.pageRequest(page, size, Sort.by(Sort.Direction.DESC, "publishedAt", "id")))
                .map(PublicQa::of);
    }

    /** One published Q&A: the public versions of the texts, the category and the answering department. */
    record PublicQa(
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
