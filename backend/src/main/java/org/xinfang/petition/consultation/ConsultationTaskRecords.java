package org.xinfang.petition.consultation;

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
}
