package org.xinfang.petition.demo;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.callback.CallingBack;
import org.xinfang.petition.complaint.CallbackResult;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.dispatch.Triaging;
import org.xinfang.petition.dispatch.Triaging.DispatchRequest;
import org.xinfang.petition.dispatch.Triaging.RefusalDecision;
import org.xinfang.petition.dispatch.Triaging.TriageRequest;
import org.xinfang.petition.handling.Handling;
import org.xinfang.petition.intake.FileComplaintRequest;
import org.xinfang.petition.intake.FileComplaintRequest.ComplainantDetails;
import org.xinfang.petition.intake.Intake;
import org.xinfang.petition.process.ComplaintProcess.TriageDecision;
import org.xinfang.petition.security.ActingAs;

/**
 * A handful of complaints walked through the real services to different stages, so that a first run has
 * something in every queue. Seeded once, when there are no complaints yet.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "petition.demo.cases", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private final Cases cases;
    private final Intake intake;
    private final Triaging triaging;
    private final Handling handling;
    private final CallingBack callingBack;
    private final ActingAs actingAs;

    DemoCases(
            Cases cases,
            Intake intake,
            Triaging triaging,
            Handling handling,
            CallingBack callingBack,
            ActingAs actingAs) {
        this.cases = cases;
        this.intake = intake;
        this.triaging = triaging;
        this.handling = handling;
        this.callingBack = callingBack;
        this.actingAs = actingAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cases.any()) {
            seed();
        }
    }

    /** Files the demo complaints and walks each to its stage; returns their tracking numbers. */
    List<String> seed() {
        String awaitingTriage = file(
                "张伟",
                "11010519491231002X",
                "640104",
                Category.POLICE_CONDUCT,
                Channel.WEB,
                "派出所民警办理户口迁移时态度生硬",
                "3月5日到兴庆区某派出所办理户口迁入，窗口民警态度生硬，多次让我回去补材料却不一次性告知。");

        String hotline = file(
                "李秀英",
                "440524198001010013",
                "640106",
                Category.TRAFFIC,
                Channel.HOTLINE,
                "交通事故认定迟迟未出",
                "今年1月在金凤区发生交通事故，至今两个月未出具事故认定书。");
        accept(hotline);

        String awaitingSignFor = file(
                "王强",
                "11010519491231002X",
                "640104",
                Category.PUBLIC_ORDER,
                Channel.WEB,
                "小区周边夜间噪声扰民报警后无人处理",
                "多次拨打110反映小区旁烧烤摊深夜噪声扰民，出警后无改善。");
        accept(awaitingSignFor);
        dispatch(awaitingSignFor);

        String inHandling = file(
                "刘洋",
                "440524198001010013",
                "640106",
                Category.HOUSEHOLD_REGISTRATION,
                Channel.LETTER,
                "身份证补领超过规定时限",
                "去年12月在金凤区申请补领身份证，已超过60日仍未领到。");
        accept(inHandling);
        dispatch(inHandling);
        actingAs.run("handler.jinfeng", () -> handling.signFor(inHandling, "已签收，正在核查"));

        String awaitingCallback = file(
                "陈静",
                "11010519491231002X",
                "640202",
                Category.CASE_HANDLING,
                Channel.WEB,
                "报案后未告知立案情况",
                "在大武口区报案被诈骗，报案后一个月未收到是否立案的告知。");
        accept(awaitingCallback);
        dispatch(awaitingCallback);
        reply(awaitingCallback, "handler.dawukou", "leader.dawukou", "经核查，您的报案已于3月12日立案侦查，因工作疏忽未及时告知，已对承办民警进行批评教育。");

        String closed = file(
                "杨帆",
                "440524198001010013",
                "640221",
                Category.EXIT_ENTRY,
                Channel.WALK_IN,
                "护照办理进度咨询",
                "在平罗县办理护照已一个月，窗口告知需要等待，想了解进度。");
        accept(closed);
        dispatch(closed);
        reply(closed, "handler.shizuishan", "leader.shizuishan", "您的护照已制作完成，可到石嘴山市出入境窗口领取。");
        actingAs.run("clerk", () -> callingBack.callback(closed, CallbackResult.SATISFIED, "电话回访，群众表示满意"));

        String notAccepted = file(
                "赵磊",
                "11010519491231002X",
                "640105",
                Category.OTHER,
                Channel.WEB,
                "邻里房屋买卖合同纠纷",
                "与邻居的房屋买卖合同发生纠纷，要求公安机关处理。");
        actingAs.run(
                "clerk",
                () -> triaging.triage(
                        notAccepted,
                        new TriageRequest(TriageDecision.NOT_ACCEPT, "属民事合同纠纷，不属于公安机关职权范围，请向人民法院提起诉讼。", null, null)));
        actingAs.run("leader.office", () -> triaging.decideRefusal(notAccepted, new RefusalDecision(true, "同意不予受理")));

        String repeat = file(
                "王强",
                "11010519491231002X",
                "640104",
                Category.PUBLIC_ORDER,
                Channel.HOTLINE,
                "再次反映小区夜间噪声扰民",
                "上次反映的烧烤摊噪声问题仍未解决。");
        actingAs.run(
                "clerk",
                () -> triaging.triage(
                        repeat, new TriageRequest(TriageDecision.MERGE, null, "同一投诉人反映同一事项", awaitingSignFor)));
        actingAs.run("leader.office", () -> triaging.decideRefusal(repeat, new RefusalDecision(true, null)));
        return List.of(
                awaitingTriage, hotline, awaitingSignFor, inHandling, awaitingCallback, closed, notAccepted, repeat);
    }

    private String file(
            String name,
            String idNumber,
            String region,
            Category category,
            Channel channel,
            String subject,
            String content) {
        FileComplaintRequest request = new FileComplaintRequest(
                new ComplainantDetails(name, idNumber, "13800138000", "宁夏银川市示范路1号"),
                category,
                Urgency.NORMAL,
                region,
                channel,
                subject,
                content);
        if (channel == Channel.WEB) {
            return intake.file(request).trackingNumber();
        }
        return actingAs.call("operator", () -> intake.file(request)).trackingNumber();
    }

    private void accept(String trackingNumber) {
        actingAs.run(
                "clerk",
                () -> triaging.triage(trackingNumber, new TriageRequest(TriageDecision.ACCEPT, null, null, null)));
    }

    private void dispatch(String trackingNumber) {
        actingAs.run("clerk", () -> triaging.dispatch(trackingNumber, new DispatchRequest(null, null)));
    }

    private void reply(String trackingNumber, String handler, String leader, String text) {
        actingAs.run(handler, () -> {
            handling.signFor(trackingNumber, null);
            handling.reply(trackingNumber, text);
        });
        actingAs.run(leader, () -> handling.reviewReply(trackingNumber, true, null));
    }
}
