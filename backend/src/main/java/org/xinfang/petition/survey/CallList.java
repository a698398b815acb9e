package org.xinfang.petition.survey;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;

/**
 * 电话回访名单: the people drawn for a month with the call script and the questionnaire of the draw, for the petition
 * office's clerks only. Each complainant's full identity shown is a view audited as the case detail audits it; the
 * imported service users shown are audited as one view of the list.
 */
@Service
class CallList {

    static final String COMPLAINANT_VIEWED = AuditTrail.COMPLAINANT_VIEWED;
    static final String SERVICE_USERS_VIEWED = "SURVEY_SERVICE_USERS_VIEWED";

    private final SurveyDrawRepository draws;
    private final SurveyCallRepository calls;
    private final ServiceUserRepository serviceUsers;
    private final Cases cases;
    private final Questionnaire questionnaire;
    private final ClerksOnly clerks;
    private final AuditTrail audit;
    private final Messages messages;
    private final SurveyProperties properties;

    CallList(
            SurveyDrawRepository draws,
            SurveyCallRepository calls,
            ServiceUserRepository serviceUsers,
            Cases cases,
            Questionnaire questionnaire,
            ClerksOnly clerks,
            AuditTrail audit,
            Messages messages,
            SurveyProperties properties) {
        this.draws = draws;
        this.calls = calls;
        this.serviceUsers = serviceUsers;
        this.cases = cases;
        this.questionnaire = questionnaire;
        this.clerks = clerks;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Sheet of(YearMonth month) {
        clerks.check();
        SurveyDraw draw = DrawingSample.drawOf(draws, month);
        List<SurveyCall> drawn = calls.findByMonthOrderByUnitCodeAscSourceAscPositionAsc(month.toString());
        List<Long> complaintIds = drawn.stream()
                .map(SurveyCall::getComplaintId)
                .filter(id -> id != null)
                .toList();
        Specification<Complaint> withIds =
                (root, query, builder) -> root.get("id").in(complaintIds);
        Map<Long, Complaint> complaints = complaintIds.isEmpty()
                ? Map.of()
                : cases.matching(withIds).stream().collect(Collectors.toMap(Complaint::getId, Function.identity()));
        Map<Long, ServiceUser> users = serviceUsers.findByMonthOrderByIdAsc(month.toString()).stream()
                .collect(Collectors.toMap(ServiceUser::getId, Function.identity()));
        List<CallView> views = drawn.stream()
                .map(call -> call.getComplaintId() != null
                        ? ofComplainant(call, complaints.get(call.getComplaintId()))
                        : ofServiceUser(call, users.get(call.getServiceUserId())))
                .toList();
        long shownUsers =
                drawn.stream().filter(call -> call.getServiceUserId() != null).count();
        if (shownUsers > 0) {
            audit.recordView(
                    SERVICE_USERS_VIEWED,
                    null,
                    "survey " + month + ": full identity of " + shownUsers + " service users");
        }
        return sheet(draw, views);
    }

    /** One call of any month's list, with the script and questionnaire of its draw; its identity shown is audited. */
    @Transactional(readOnly = true)
    public Sheet ofCall(long callId) {
        clerks.check();
        SurveyCall call =
                calls.findById(callId).orElseThrow(() -> PetitionException.notFound("survey.call-not-found", callId));
        SurveyDraw draw = DrawingSample.drawOf(draws, YearMonth.parse(call.getMonth()));
        CallView view;
        if (call.getComplaintId() != null) {
            view = ofComplainant(call, cases.byId(call.getComplaintId()).orElseThrow());
        } else {
            ServiceUser user = serviceUsers.findById(call.getServiceUserId()).orElseThrow();
            audit.recordView(
                    SERVICE_USERS_VIEWED, null, "survey " + call.getMonth() + ": full identity of 1 service user");
            view = ofServiceUser(call, user);
        }
        return sheet(draw, List.of(view));
    }

    private Sheet sheet(SurveyDraw draw, List<CallView> views) {
        return new Sheet(
                draw.getMonth(),
                draw.getQuestionnaireVersion(),
                messages.zh("survey.script", properties.officeName()),
                messages.en("survey.script", properties.officeName()),
                questionnaire.of(draw.getQuestionnaireVersion()),
                views);
    }

    private CallView ofComplainant(SurveyCall call, Complaint complaint) {
        audit.recordView(
                COMPLAINANT_VIEWED,
                complaint.getTrackingNumber(),
                "full identity of the complainant (survey " + call.getMonth() + ")");
        return view(
                call,
                complaint.getTrackingNumber(),
                null,
                complaint.getComplainant().getRealName(),
                complaint.getComplainant().getPhone());
    }

    private static CallView ofServiceUser(SurveyCall call, ServiceUser user) {
        return view(call, null, user.getService(), user.getRealName(), user.getPhone());
    }

    private static CallView view(
            SurveyCall call, String trackingNumber, PoliceService service, String name, String phone) {
        return new CallView(
                call.getId(),
                call.getSource(),
                call.getUnitCode(),
                call.getPosition(),
                trackingNumber,
                service,
                name,
                phone,
                call.getStatus(),
                call.getTries(),
                call.getCalledBy(),
                call.getCalledAt(),
                new LinkedHashMap<>(call.getAnswers()),
                call.getSatisfied());
    }

    /** The month's call sheet: the script in both languages, the questionnaire and the calls. */
    record Sheet(
            String month,
            int questionnaireVersion,
            String scriptZh,
            String scriptEn,
            List<Questionnaire.QuestionView> questions,
            List<CallView> calls) {}
}
