package org.xinfang.petition.consultation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.PetitionException;

/** Finds consultations by tracking number; an unknown number is a 404. */
@Component
class Consultations {

    private final ConsultationRepository consultations;

    Consultations(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    Consultation get(String trackingNumber) {
        return find(trackingNumber)
                .orElseThrow(() -> PetitionException.notFound("consultation.not-found", trackingNumber));
    }

    Optional<Consultation> find(String trackingNumber) {
        return consultations.findByTrackingNumber(trackingNumber);
    }
}
