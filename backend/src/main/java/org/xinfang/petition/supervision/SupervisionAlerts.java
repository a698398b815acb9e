package org.xinfang.petition.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.supervision.SupervisionProcess.Var;

/**
 * When a timer of the supervision model fires: the yellow card before an order is due (the supervised unit is told)
 * and the inspectors' own limit on issuing the next order (warned; once overdue, the level above is told as well).
 * A missed order itself climbs the chain ({@link RecordOrderMissed}).
 */
@Component("supervisionAlerts")
public class SupervisionAlerts {

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Cases cases;
    private final SupervisionLevels levels;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;
    private final Clock clock;

    SupervisionAlerts(
            Cases cases, SupervisionLevels levels, CaseTimeline timeline, SupervisionNotices notices, Clock clock) {
        this.cases = cases;
        this.levels = levels;
        this.timeline = timeline;
        this.notices = notices;
        this.clock = clock;
    }

    public void record(DelegateExecution execution, String alert) {
        CaseEventType type = CaseEventType.valueOf(alert);
        SupervisionChain chain = SupervisionChain.of(execution);
        Complaint complaint = cases.get(chain.trackingNumber());
        OrgUnit level = levels.unit(chain.level());
        switch (type) {
            case SUPERVISION_ORDER_WARNING -> {
                String due = due(execution, Var.ORDER_DUE);
                timeline.record(complaint, type, "order due " + due, null);
                notices.toBureau(complaint, levels.unit(chain.bureau()), type, due);
            }
            case SUPERVISION_ISSUE_WARNING -> {
                String due = due(execution, Var.ISSUE_DUE);
                timeline.record(complaint, type, "next order due from " + level.getCode() + " by " + due, null);
                notices.toInspectors(complaint, level, type, due);
            }
            case SUPERVISION_ISSUE_OVERDUE -> {
                String due = due(execution, Var.ISSUE_DUE);
                timeline.record(complaint, type, "no order from " + level.getCode() + " by " + due, null);
                notices.toInspectors(complaint, level, type, due);
                levels.above(level).ifPresent(above -> notices.toInspectors(complaint, above, type, due));
            }
            default -> throw new IllegalArgumentException("Not an alert of the supervision model: " + alert);
        }
    }

    private String due(DelegateExecution execution, String variable) {
        Instant due = ((Date) execution.getVariable(variable)).toInstant();
        return DUE_FORMAT.format(due.atZone(clock.getZone()));
    }
}
