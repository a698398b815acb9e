package org.xinfang.petition.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.attachment.SampleFiles;
import org.xinfang.petition.portal.PortalForms.Page;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PetitionTest;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * The portal's rules, through its forms as a browser without JavaScript posts them: filing (multipart, with a file),
 * a retry with the form's Idempotency-Key, the errors named at their fields, the live check, the lookup, the
 * download of the reply's file and the withdrawal's confirmation step.
 */
@PetitionTest
class PortalFormsTest {

    @LocalServerPort
    private int port;

    private PortalForms forms;
    private Api api;

    @BeforeEach
    void connect() {
        forms = new PortalForms(port);
        api = new Api(port);
    }

    @Test
    void aCitizenFilesWithAFileAndLooksItUpWithPlainFormPosts() {
        Page form = forms.open("/portal/file");

        Page filed =
                forms.postMultipart(form, "/portal/file", complaint(form), new Upload("现场照片.png", SampleFiles.png()));

        assertThat(filed.response().header("Cache-Control")).isEqualTo("no-store");
        String number = filed.textOf("tracking-number");
        String queryCode = filed.textOf("query-code");
        assertThat(number).startsWith("XF");
        assertThat(filed.html()).contains("请妥善保存查询码");
        api.as(Logins.CLERK)
                .get("/complaints/{number}/attachments", number)
                .then()
                .statusCode(200)
                .body("name", org.hamcrest.Matchers.contains("现场照片.png"));

        Page lookup = forms.open("/portal/lookup");
        Page found = forms.post(lookup, "/portal/lookup", Map.of("trackingNumber", number, "queryCode", queryCode));

        assertThat(found.response().header("Cache-Control")).isEqualTo("no-store");
        assertThat(found.textOf("tracking-number")).isEqualTo(number);
        assertThat(found.textOf("status")).isEqualTo("待受理");
        assertThat(found.html()).contains("投诉已收到并登记").doesNotContain(queryCode + "</");
    }

    @Test
    void aRetryOfTheSameFormFilesOnce() {
        Page form = forms.open("/portal/file");
        Map<String, String> fields = complaint(form);

        Page first = forms.postMultipart(form, "/portal/file", fields);
        Page retry = forms.postMultipart(form, "/portal/file", fields);

        assertThat(retry.textOf("tracking-number")).isEqualTo(first.textOf("tracking-number"));
        assertThat(retry.textOf("query-code")).isEqualTo(first.textOf("query-code"));
        Page freshForm = forms.open("/portal/file");
        Page another = forms.postMultipart(freshForm, "/portal/file", complaint(freshForm));
        assertThat(another.textOf("tracking-number"))
                .as("a new form is a new filing")
                .isNotEqualTo(first.textOf("tracking-number"));
    }

    @Test
    void validationErrorsNameTheFieldsAndKeepWhatWasTyped() {
        Page form = forms.open("/portal/file");
        Map<String, String> fields = complaint(form);
        fields.put("complainant.idNumber", "110105194912310021");
        fields.put("subject", "");

        Page refused = forms.postMultipart(form, "/portal/file", fields);

        assertThat(refused.html())
                .contains("身份证号码的校验码（第18位）不正确")
                .contains("标题不能为空")
                .contains("value=\"张伟\"")
                .contains("value=\"110105194912310021\"")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("class=\"query-code\"");
        assertThat(refused.hidden("idempotencyKey")).isEqualTo(form.hidden("idempotencyKey"));

        Page english = forms.postMultipart(form, "/portal/file?lang=en", fields);
        assertThat(english.html()).contains("check character");
    }

    @Test
    void theLiveCheckAnswersWithTheRequestsOwnRules() {
        Page form = forms.open("/portal/file");

        assertThat(forms.check(form, "complainant.idNumber", "110105194912310021"))
                .contains("field-error")
                .contains("校验码");
        assertThat(forms.check(form, "complainant.phone", "1381234567")).contains("位数不足");
        assertThat(forms.check(form, "complainant.idNumber", "11010519491231002X"))
                .doesNotContain("field-error")
                .contains("格式正确");
        assertThat(forms.check(form, "subject", "")).contains("不能为空");
    }

    @Test
    void theReplysFileIsDownloadedWithTheSmallFormBesideItsName() {
        Complaints complaints = new Complaints(api);
        var filed = complaints.file(Complaints.webComplaint());
        String number = filed.getString("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        complaints.act(Logins.XINGQING_HANDLER, number, "sign-for", Map.of());
        byte[] replyFile = SampleFiles.pdf("Reply of the Xingqing bureau");
        Uploads.multipart(api.as(Logins.XINGQING_HANDLER), List.of(new Upload("答复意见书.pdf", replyFile)))
                .queryParam("purpose", "REPLY")
                .post("/complaints/{n}/attachments", number)
                .then()
                .statusCode(201);
        complaints.act(Logins.XINGQING_HANDLER, number, "reply", Map.of("text", Complaints.REPLY_TEXT));
        complaints.act(Logins.XINGQING_LEADER, number, "reply-approval", Map.of("approved", true));
        Page found = forms.post(
                forms.open("/portal/lookup"),
                "/portal/lookup",
                Map.of("trackingNumber", number, "queryCode", filed.getString("queryCode")));
        assertThat(found.html()).contains("答复附件").contains("下载 答复意见书.pdf");
        Matcher action =
                Pattern.compile("action=\"(/portal/lookup/attachments/\\d+)\"").matcher(found.html());
        assertThat(action.find()).as("the download's form").isTrue();

        Page download = forms.post(
                found,
                action.group(1),
                Map.of("trackingNumber", found.hidden("trackingNumber"), "queryCode", found.hidden("queryCode")));

        assertThat(download.response().asByteArray()).isEqualTo(replyFile);
        assertThat(download.response().contentType()).isEqualTo("application/pdf");
        assertThat(download.response().header("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void withdrawingAsksToConfirmFirst() {
        var filed = new Complaints(api).file(Complaints.webComplaint());
        Map<String, String> credentials =
                Map.of("trackingNumber", filed.getString("trackingNumber"), "queryCode", filed.getString("queryCode"));
        Page lookup = forms.open("/portal/lookup");

        Page confirm = forms.post(lookup, "/portal/lookup/withdrawal", credentials);

        assertThat(confirm.html()).contains("确认撤回投诉").contains("data-confirm=");
        assertThat(status(credentials)).as("asking withdraws nothing").isEqualTo("PENDING_TRIAGE");

        Map<String, String> confirmed = new HashMap<>(credentials);
        confirmed.put("reason", "问题已经解决");
        Page withdrawn = forms.post(confirm, "/portal/lookup/withdrawal/confirmed", confirmed);

        assertThat(withdrawn.html()).contains("您的投诉已撤回");
        assertThat(status(credentials)).isEqualTo("WITHDRAWN");
    }

    private String status(Map<String, String> credentials) {
        return api.anonymous()
                .body(credentials)
                .post("/lookup")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("status");
    }

    /** The filing form filled as a citizen would, with the form's own Idempotency-Key. */
    private static Map<String, String> complaint(Page form) {
        Map<String, String> fields = new HashMap<>();
        fields.put("idempotencyKey", form.hidden("idempotencyKey"));
        fields.put("complainant.name", "张伟");
        fields.put("complainant.idNumber", "11010519491231002X");
        fields.put("complainant.phone", "138 1234 5678");
        fields.put("complainant.address", "宁夏银川市兴庆区解放街1号");
        fields.put("notifyBy", "SMS");
        fields.put("category", "POLICE_CONDUCT");
        fields.put("region", Logins.XINGQING_REGION);
        fields.put("subject", "民警执法态度问题");
        fields.put("content", "3月5日在兴庆区某派出所办理业务时民警态度恶劣。");
        return fields;
    }
}
