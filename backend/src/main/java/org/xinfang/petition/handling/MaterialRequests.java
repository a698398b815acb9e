package org.xinfang.petition.handling;

import java.time.Clock;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.CaseDeadline;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.deadline.DeadlineStatus;
import org.xinfang.petition.deadline.Deadlines;
import org.xinfang.petition.process.ComplaintProcess.Message;
import org.xinfang.petition.shared.PetitionException;

/**
 * 补充材料: the bureau asks the complainant for more material, which stops the handling clock (the model's
 * material event subprocess); the clock runs again with the time that remained when the material arrives,
 * or when the time to supply it is over.
 */
@Service
@Transactional
public class MaterialRequests {

    /** The process variable, transient, carrying what is asked for or what arrived. */
    static final String NOTE = "materialNote";

    private static final int MAX_TEXT = 2000;

    private final Cases cases;
    private final Deadlines deadlines;
    private final BureauStaff bureauStaff;
    private final RuntimeService runtime;
    private final Clock clock;

    MaterialRequests(Cases cases, Deadlines deadlines, BureauStaff bureauStaff, RuntimeService runtime, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.bureauStaff = bureauStaff;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** The bureau asks for material; the clock stops until it arrives. */
    public void request(String trackingNumber, String what) {
        Complaint complaint = cases.get(trackingNumber);
        bureauStaff.ofBureauHandling(complaint);
        CaseDeadline handling = deadlines.running(complaint, DeadlineStage.HANDLING);
        if (handling.getStatus() == DeadlineStatus.PAUSED) {
            throw PetitionException.conflict("deadline.already-paused", trackingNumber);
        }
        if (!clock.instant().isBefore(handling.getDueAt())) {
            throw PetitionException.conflict("material.overdue", trackingNumber);
        }
        correlate(trackingNumber, Message.MATERIAL_REQUESTED, required(what, "what"));
    }

    /** Staff record that the material arrived (by post, at the window). */
    public void received(String trackingNumber, String note) {
        Complaint complaint = cases.get(trackingNumber);
        bureauStaff.ofBureauHandling(complaint);
        supplied(complaint, note);
    }

    /** The material arrived; called for staff and for the complainant's own supplement. */
    public void supplied(Complaint complaint, String note) {
        CaseDeadline handling = deadlines.running(complaint, DeadlineStage.HANDLING);
        if (handling.getStatus() != DeadlineStatus.PAUSED) {
            throw PetitionException.conflict("deadline.not-paused", complaint.getTrackingNumber());
        }
        correlate(complaint.getTrackingNumber(), Message.MATERIAL_SUPPLIED, required(note, "note"));
    }

    private void correlate(String trackingNumber, String message, String note) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(trackingNumber)
                .setVariable(NOTE, Variables.stringValue(note, true))
                .correlate();
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw PetitionException.invalid(field, "constraint.NotBlank");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw PetitionException.invalid(field, "constraint.Size", MAX_TEXT, 1);
        }
        return text.strip();
    }
}
