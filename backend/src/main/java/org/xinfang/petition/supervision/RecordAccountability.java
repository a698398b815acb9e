package org.xinfang.petition.supervision;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import org.xinfang.petition.complaint.CaseEventType;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.deadline.DeadlineStage;
import org.xinfang.petition.organization.OrgUnit;
import org.xinfang.petition.organization.Organisation;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.process.ComplaintProcess.Stage;

/**
 * 记录问责 (serviceTask_recordAccountability): the second missed order of a chain records accountability against
 * the bureau and its handler: whoever of the bureau last had the case's handling or sign-for task (its assignee,
 * or the last to complete it), or nobody, when the bureau never took the case up.
 */
@Component("recordAccountability")
class RecordAccountability implements JavaDelegate {

    private final Cases cases;
    private final SupervisionOrders orders;
    private final SupervisionLevels levels;
    private final AccountabilityRecordRepository records;
    private final AccountabilityFacts facts;
    private final HistoryService history;
    private final Organisation organisation;
    private final CaseTimeline timeline;
    private final SupervisionNotices notices;
    private final Clock clock;

    RecordAccountability(
            Cases cases,
            SupervisionOrders orders,
            SupervisionLevels levels,
            AccountabilityRecordRepository records,
            AccountabilityFacts facts,
            HistoryService history,
            Organisation organisation,
            CaseTimeline timeline,
            SupervisionNotices notices,
            Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.levels = levels;
        this.records = records;
        this.facts = facts;
        this.history = history;
        this.organisation = organisation;
        this.timeline = timeline;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionChain chain = SupervisionChain.of(execution);
        Complaint complaint = cases.get(chain.trackingNumber());
        OrgUnit bureau = levels.unit(chain.bureau());
        List<SupervisionOrder> all = orders.ofChain(chain.processInstanceId());
        List<SupervisionOrder> missed = all.stream()
                .filter(order -> order.getStatus() == SupervisionOrderStatus.MISSED)
                .toList();
        String handler = handlerOf(complaint, chain.stage(), bureau);
        AccountabilityRecord record = records.save(new AccountabilityRecord(
                complaint,
                chain.processInstanceId(),
                bureau,
                handler,
                clock.instant(),
                facts.of(complaint, bureau, handler, all),
                missed));
        String numbers =
                missed.stream().map(order -> "no. " + order.getSequence()).collect(Collectors.joining(", "));
        timeline.record(
                complaint,
                CaseEventType.ACCOUNTABILITY_RECORDED,
                "#%d against %s, handler %s; missed %s"
                        .formatted(record.getId(), bureau.getCode(), handler == null ? "-" : handler, numbers),
                null);
        notices.toBureau(complaint, bureau, CaseEventType.ACCOUNTABILITY_RECORDED, bureau.bilingualName());
        notices.toInspectors(
                complaint, levels.unit(chain.level()), CaseEventType.ACCOUNTABILITY_RECORDED, bureau.bilingualName());
    }

    private String handlerOf(Complaint complaint, DeadlineStage stage, OrgUnit bureau) {
        // Whoever took up handling signed for it: a handler who signed for the case and left it answers too.
        List<String> taskKeys = stage == DeadlineStage.HANDLING
                ? List.of(Stage.HANDLING.taskKey(), Stage.REPLY_APPROVAL.taskKey(), Stage.SIGN_FOR.taskKey())
                : stage.taskKeys();
        return history
                .createHistoricTaskInstanceQuery()
                .processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(complaint.getTrackingNumber())
                .taskDefinitionKeyIn(taskKeys.toArray(String[]::new))
                .orderByHistoricActivityInstanceStartTime()
                .desc()
                .list()
                .stream()
                .map(HistoricTaskInstance::getAssignee)
                .filter(Objects::nonNull)
                .filter(user -> organisation
                        .staffMember(user)
                        .filter(member -> member.getUnit().getId().equals(bureau.getId()))
                        .isPresent())
                .findFirst()
                .orElse(null);
    }
}
