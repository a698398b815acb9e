package org.xinfang.petition.consultation;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xinfang.petition.process.TaskRecords;
import org.xinfang.petition.security.StaffPrincipal;

/** The consultation model's tasks are seen by whoever may see the consultation ({@link ConsultationAccess}). */
@Component
class ConsultationTaskRecords implements TaskRecords {

    private final Consultations consultations;
    private final ConsultationAccess access;

    ConsultationTaskRecords(Consultations consultations, ConsultationAccess access) {
        this.consultations = consultations;
        this.access = access;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ConsultationProcess.KEY);
    }

    @Override
    public void checkCanView(StaffPrincipal staff, String businessKey) {
        access.checkCanView(staff, consultations.get(businessKey));
    }

    /** A question may hold personal data until it is screened for publication: its category and region stand in. */
    @Override
    public Optional<RecordSummary> summaryOf(String businessKey) {
        return consultations
                .find(businessKey)
                .map(consultation -> new RecordSummary(null, consultation.getCategory(), consultation.getRegion()));
    }
}
