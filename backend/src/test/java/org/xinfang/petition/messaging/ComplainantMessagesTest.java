package org.xinfang.petition.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalid;
import static org.xinfang.petition.support.Problems.invalidField;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.intake.FileComplaintRequest;
import org.xinfang.petition.intake.FileComplaintRequest.ComplainantDetails;
import org.xinfang.petition.intake.Intake;
import org.xinfang.petition.privacy.PersonalDataCipher;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;

/**
 * Every milestone of a case puts exactly the message it should into the outbox, in the transaction of the case
 * change: on the complainant's channels, Chinese first, with the tracking number and what the complainant may read,
 * never a staff comment or a phone number in clear.
 */
class ComplainantMessagesTest extends ApiTest {

    private static final String PHONE = "+8613812345678";
    private static final String EMAIL = "zhang.wei@example.cn";
    private static final String INTERNAL = "内部意见勿外传";

    @Autowired
    OutboxRepository outbox;

    @Autowired
    Cases cases;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Intake intake;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aCaseFromFilingToClosingTellsTheComplainantAtEachMilestoneBySms() {
        String number = complaints.file();
        complaints.act(CLERK, number, "triage", Map.of("decision", "ACCEPT", "comment", INTERNAL));
        complaints.dispatch(number);
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        api.as(XINGQING_HANDLER)
                .body(Map.of("amount", 10, "reason", "需调取监控录像核实"))
                .post("/complaints/{number}/extension-requests", number)
                .then()
                .statusCode(204);
        decideExtension(XINGQING_LEADER, number);
        decideExtension(CLERK, number);
        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true, "comment", INTERNAL));
        complaints.act(CLERK, number, "callback", Map.of("result", "SATISFIED", "comment", INTERNAL));

        List<OutboxMessage> messages = messagesOf(number);
        assertThat(messages)
                .extracting(OutboxMessage::getMilestone)
                .containsExactly(
                        Milestone.RECEIVED,
                        Milestone.ACCEPTED,
                        Milestone.DISPATCHED,
                        Milestone.EXTENDED,
                        Milestone.REPLIED,
                        Milestone.CLOSED);
        for (OutboxMessage message : messages) {
            assertThat(message.getChannel()).isEqualTo(MessageChannel.SMS);
            assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
            assertThat(message.getRecipientMasked()).isEqualTo("138****5678");
            assertThat(cipher.decrypt(OutboxMessage.RECIPIENT_COLUMN, message.getEncryptedRecipient()))
                    .isEqualTo(PHONE);
            assertThat(message.getSubject()).startsWith("您的投诉 " + number).endsWith("Your complaint " + number);
            assertThat(message.getBody())
                    .as("as government SMS: the signature first, within the length")
                    .startsWith("【信访】")
                    .hasSizeLessThanOrEqualTo(300);
            assertThat(message.getBody().lines().findFirst().orElseThrow())
                    .as("the Chinese text, not followed by the English (the public note may be bilingual)")
                    .contains(number)
                    .doesNotContain("Your complaint");
            assertThat(message.getBody()).doesNotContain(INTERNAL).doesNotContain(Complaints.REPLY_TEXT);
        }
        assertThat(messages.get(0).getBody()).startsWith("【信访】您的投诉已收到，受理编号：" + number);
        assertThat(messages.get(2).getBody()).contains("兴庆区分局");
        assertThat(messages.get(3).getBody())
                .as("the new date and the reason")
                .contains("办理期限已延长至 2026-08-")
                .contains("需调取监控录像核实");
        assertThat(messages.get(4).getBody())
                .contains("回访")
                .as("the link to read and rate the reply, without the query code")
                .contains("查看并评价：http://localhost:8080/portal/lookup?trackingNumber=" + number + " ");
        assertThat(messages.get(5).getBody()).contains("已办结");
    }

    @Test
    void aCaseNotAcceptedTellsTheReasonButNotTheComment() {
        String number = complaints.file();
        complaints.act(
                CLERK,
                number,
                "triage",
                Map.of("decision", "NOT_ACCEPT", "reason", "属于法院诉讼事项，请向人民法院起诉", "comment", INTERNAL));
        complaints.approveRefusal(number);

        assertThat(messagesOf(number))
                .extracting(OutboxMessage::getMilestone)
                .containsExactly(Milestone.RECEIVED, Milestone.NOT_ACCEPTED);
        assertThat(messagesOf(number).get(1).getBody())
                .startsWith("【信访】您的投诉（编号 " + number + "）不予受理")
                .contains("属于法院诉讼事项，请向人民法院起诉")
                .doesNotContain(INTERNAL);
    }

    @Test
    void aRepeatMergedIntoAnOpenCaseGetsAProgressAnswer() {
        String original = complaints.accepted();
        String repeat = complaints.file();
        complaints.act(CLERK, repeat, "triage", Map.of("decision", "MERGE", "originalTrackingNumber", original));
        complaints.approveRefusal(repeat);

        assertThat(messagesOf(repeat))
                .extracting(OutboxMessage::getMilestone)
                .containsExactly(Milestone.RECEIVED, Milestone.MERGED);
        assertThat(messagesOf(repeat).get(1).getBody()).contains("并入办理").contains(original);
        assertThat(messagesOf(original))
                .extracting(OutboxMessage::getMilestone)
                .as("the original's complainant hears nothing")
                .containsExactly(Milestone.RECEIVED, Milestone.ACCEPTED);
    }

    @Test
    void anUnsatisfiedCallbackReopensTheCaseAndAReviewClosesIt() {
        String number = complaints.reopened();
        assertThat(messagesOf(number))
                .extracting(OutboxMessage::getMilestone)
                .endsWith(Milestone.REPLIED, Milestone.REOPENED);

        complaints.act(XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
        complaints.act(XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        complaints.act(CLERK, number, "callback", Map.of("result", "UNSATISFIED"));
        assertThat(messagesOf(number))
                .extracting(OutboxMessage::getMilestone)
                .as("under review: not closed yet")
                .endsWith(Milestone.REOPENED, Milestone.REPLIED);

        api.as("inspector")
                .body(Map.of("conclusion", "经复核，答复依法依规"))
                .post("/complaints/{number}/review", number)
                .then()
                .statusCode(204);
        assertThat(messagesOf(number))
                .extracting(OutboxMessage::getMilestone)
                .endsWith(Milestone.REPLIED, Milestone.CLOSED);
    }

    @Test
    void aWithdrawalIsConfirmed() {
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        api.anonymous()
                .body(Map.of("trackingNumber", number, "queryCode", filed.getString("queryCode")))
                .post("/lookup/withdrawal")
                .then()
                .statusCode(204);

        assertThat(messagesOf(number))
                .extracting(OutboxMessage::getMilestone)
                .containsExactly(Milestone.RECEIVED, Milestone.WITHDRAWN);
        assertThat(messagesOf(number).get(1).getBody()).contains("已按您的要求撤回");
    }

    @Test
    void aComplainantWhoAsksForBothIsToldBySmsAndByEmail() {
        String number = fileWith(EMAIL, "BOTH");

        List<OutboxMessage> messages = messagesOf(number);
        assertThat(messages)
                .extracting(OutboxMessage::getChannel)
                .containsExactly(MessageChannel.SMS, MessageChannel.EMAIL);
        OutboxMessage email = messages.get(1);
        assertThat(email.getRecipientMasked()).isEqualTo("z***@example.cn");
        assertThat(cipher.decrypt(OutboxMessage.RECIPIENT_COLUMN, email.getEncryptedRecipient()))
                .isEqualTo(EMAIL);
        List<String> lines = email.getBody().lines().toList();
        assertThat(lines.get(0)).as("Chinese first").startsWith("您的投诉已收到，受理编号：" + number);
        assertThat(lines.get(1))
                .as("then English")
                .doesNotMatch(".*\\p{IsHan}.*")
                .isEqualTo("Your complaint has been received. Tracking number: " + number
                        + ". Follow its progress with this number and your query code.");
        assertThat(messages.get(0).getBody())
                .as("the SMS: signed, Chinese only")
                .isEqualTo("【信访】" + lines.get(0));
    }

    @Test
    void aComplainantWhoAsksForEmailOnlyGetsNoSms() {
        String number = fileWith(EMAIL, "EMAIL");
        complaints.accept(number);

        assertThat(messagesOf(number))
                .extracting(OutboxMessage::getChannel)
                .containsExactly(MessageChannel.EMAIL, MessageChannel.EMAIL);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLandlineGetsNoSms() {
        Map<String, Object> complaint = Complaints.webComplaintWithEmail(EMAIL, "BOTH");
        ((Map<String, Object>) complaint.get("complainant")).put("phone", "0951-1234567");
        String both = complaints.file(complaint).getString("trackingNumber");
        String smsOnly = complaints
                .file(Complaints.webComplaintWith("complainant.phone", "0951-1234567"))
                .getString("trackingNumber");

        assertThat(messagesOf(both)).extracting(OutboxMessage::getChannel).containsExactly(MessageChannel.EMAIL);
        assertThat(messagesOf(smsOnly)).isEmpty();
    }

    @Test
    void emailWithoutAnAddressOrWithABadOneIsRefusedAndFilesNothing() {
        RowCounts before = rowCounts();
        long messages = outbox.count();

        api.anonymous()
                .body(Complaints.webComplaintWith("notifyBy", "EMAIL"))
                .post("/complaints")
                .then()
                .spec(invalidField("complainant.email", "constraint.email-required"));
        api.anonymous()
                .body(Complaints.webComplaintWithEmail("not-an-address", "BOTH"))
                .post("/complaints")
                .then()
                .spec(invalid("complainant.email"));
        api.anonymous()
                .body(Complaints.webComplaintWith("notifyBy", "PIGEON"))
                .post("/complaints")
                .then()
                .statusCode(400);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(outbox.count()).isEqualTo(messages);
    }

    @Test
    void aRefusedRequestLeavesNoMessage() {
        String number = complaints.file();
        // The acceptance is on the timeline before the over-long reason fails the request.
        complaints
                .post(CLERK, number, "triage", Map.of("decision", "ACCEPT", "reason", "长".repeat(2001)))
                .statusCode(400);

        assertThat(messagesOf(number)).extracting(OutboxMessage::getMilestone).containsExactly(Milestone.RECEIVED);
    }

    @Test
    void aRolledBackFilingLeavesNoMessage() {
        long before = outbox.count();
        String number = new TransactionTemplate(transactionManager).execute(status -> {
            String filed = intake.file(new FileComplaintRequest(
                            new ComplainantDetails("王五", "11010519491231002X", "13812345678", "宁夏银川市兴庆区解放街2号", EMAIL),
                            Category.POLICE_CONDUCT,
                            null,
                            "640104",
                            null,
                            "民警执法态度问题",
                            "办理业务时民警态度恶劣。",
                            null,
                            null,
                            null,
                            NotifyBy.BOTH))
                    .trackingNumber();
            status.setRollbackOnly();
            return filed;
        });

        assertThat(cases.exists(number)).isFalse();
        assertThat(outbox.count()).isEqualTo(before);
    }

    @Test
    void noTableHoldsThePhoneOrTheEmailInClear() {
        String number = fileWith(EMAIL, "BOTH");
        complaints.accept(number);

        List<String> stored = jdbc.queryForList(
                "select concat(recipient, '|', recipient_masked, '|', subject, '|', body, "
                        + "'|', coalesce(last_error, '')) from message_outbox",
                String.class);
        stored.addAll(jdbc.queryForList(
                "select concat(coalesce(email, ''), '|', coalesce(email_masked, '')) " + "from message_contact",
                String.class));
        assertThat(stored).isNotEmpty().noneMatch(row -> row.contains("13812345678") || row.contains("zhang.wei"));
    }

    private void decideExtension(String login, String number) {
        api.as(login)
                .body(Map.of("approved", true, "override", false))
                .post("/complaints/{number}/extension-approval", number)
                .then()
                .statusCode(204);
    }

    private String fileWith(String email, String notifyBy) {
        return complaints
                .file(Complaints.webComplaintWithEmail(email, notifyBy))
                .getString("trackingNumber");
    }

    private List<OutboxMessage> messagesOf(String number) {
        return outbox.findByComplaintIdOrderById(cases.get(number).getId());
    }
}
