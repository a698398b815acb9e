package org.xinfang.petition.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Complaints.webComplaint;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.INSPECTOR;
import static org.xinfang.petition.support.Logins.OPERATOR;
import static org.xinfang.petition.support.Logins.XINGQING;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;
import static org.xinfang.petition.support.Problems.invalidField;
import static org.xinfang.petition.support.Problems.notFound;
import static org.xinfang.petition.support.Problems.problem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * A case's files under the rule of the complainant's identity: a file the complainant gave (the filing's evidence,
 * supplied material, the operator's recording or scanned letter) goes only to those who may know the complainant
 * in full, refused as the full view refuses; the bureau's reply material to everyone who may see the case; every
 * download audited like the full view. The attack of issue 10, replayed.
 */
class AttachmentAccessApiTest extends ApiTest {

    /** The complainant's letter, as people write it: everything that identifies them. */
    static final byte[] LETTER = ("信访人：张伟，身份证号码 11010519491231002X，联系电话 13812345678，"
                    + "住址 宁夏银川市兴庆区解放街1号。反映兴庆区分局民警执法态度恶劣。")
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onAConfidentialComplaintAboutTheBureauOnlyThePetitionOfficeGetsTheComplainantsFiles() {
        Map<String, Object> complaint = webComplaint();
        complaint.put("confidential", true);
        complaint.put("accused", Map.of("unit", XINGQING));
        JsonPath filed = Uploads.fileWith(api.anonymous(), complaint, List.of(new Upload("张伟的信.txt", LETTER)))
                .statusCode(201)
                .extract()
                .jsonPath();
        String number = filed.getString("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        complaints.act(XINGQING_HANDLER, number, "material-requests", Map.of("what", "请提供现场照片"));
        Uploads.supply(
                        api.anonymous(),
                        number,
                        filed.getString("queryCode"),
                        List.of(new Upload("现场.txt", "张伟 13812345678 现场情况".getBytes(StandardCharsets.UTF_8))))
                .statusCode(204);
        List<Long> files = idsOf(listAs(CLERK, number));
        assertThat(files).hasSize(2);

        for (String login : List.of(XINGQING_HANDLER, XINGQING_LEADER, INSPECTOR, ADMIN)) {
            for (long id : files) {
                download(login, number, id).spec(problem(403, "complainant.identity-withheld"));
            }
            JsonPath listed = listAs(login, number);
            assertThat(listed.getList("withheld", Boolean.class)).as(login).containsOnly(true);
            assertThat(listed.getList("name", String.class)).as(login).containsOnly("***");
            assertThat(listed.getList("sha256")).as(login).containsOnly((Object) null);
            assertThat(api.as(login)
                            .get("/complaints/{n}", number)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("attachments.withheld", Boolean.class))
                    .as(login)
                    .containsOnly(true);
        }
        assertThat(downloadsOf(number)).as("refusals record nothing").isEmpty();

        assertThat(download(CLERK, number, files.get(0))
                        .statusCode(200)
                        .extract()
                        .asByteArray())
                .isEqualTo(LETTER);
        assertThat(listAs(CLERK, number).getList("name", String.class)).containsExactly("张伟的信.txt", "现场.txt");
        assertThat(downloadsOf(number)).extracting(row -> row.get("actor")).containsExactly(CLERK);
    }

    @Test
    void theOfficerComplainedAboutCannotReachTheFilesAtAll() {
        Map<String, Object> complaint = webComplaint();
        complaint.put("accused", Map.of("officer", XINGQING_HANDLER));
        String number = fileWithLetter(complaint);
        complaints.dispatch(complaints.accept(number));
        long id = idsOf(listAs(CLERK, number)).get(0);

        api.as(XINGQING_HANDLER)
                .get("/complaints/{n}/attachments", number)
                .then()
                .spec(notFound());
        download(XINGQING_HANDLER, number, id).spec(notFound());
        assertThat(downloadsOf(number)).isEmpty();
    }

    @Test
    void onAnOrdinaryCaseTheComplainantsFilesGoToThoseWhoMayKnowThemInFull() {
        String number = Uploads.fileWith(
                        api.as(OPERATOR),
                        hotline(),
                        List.of(new Upload("letter.txt", LETTER), new Upload("12389-call.wav", SampleFiles.wav())))
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        complaints.dispatch(complaints.accept(number));
        List<Long> files = idsOf(listAs(CLERK, number));
        assertThat(listAs(CLERK, number).getList("purpose", String.class)).containsExactly("INTAKE", "RECORDING");

        for (String login : List.of(CLERK, XINGQING_HANDLER, XINGQING_LEADER)) {
            files.forEach(id -> download(login, number, id).statusCode(200));
            assertThat(listAs(login, number).getList("withheld", Boolean.class))
                    .as(login)
                    .containsOnly(false);
        }
        for (String login : List.of(INSPECTOR, ADMIN)) {
            files.forEach(id -> download(login, number, id).spec(problem(403, "complainant.full-view-denied")));
            assertThat(listAs(login, number).getList("withheld", Boolean.class))
                    .as(login)
                    .containsOnly(true);
        }
        assertThat(downloadsOf(number))
                .extracting(row -> row.get("actor"))
                .containsExactly(CLERK, CLERK, XINGQING_HANDLER, XINGQING_HANDLER, XINGQING_LEADER, XINGQING_LEADER);
    }

    @Test
    void theBureausReplyMaterialGoesToEveryoneWhoMaySeeTheCaseEvenWhenTheComplainantIsConfidential() {
        Map<String, Object> complaint = webComplaint();
        complaint.put("confidential", true);
        String number = fileWithLetter(complaint);
        complaints.dispatch(complaints.accept(number));
        complaints.act(XINGQING_HANDLER, number, "sign-for", Map.of());
        byte[] reply = "答复意见：经调查核实，已对相关民警批评教育。".getBytes(StandardCharsets.UTF_8);
        long replyId = Uploads.multipart(api.as(XINGQING_HANDLER), List.of(new Upload("答复意见.txt", reply)))
                .post("/complaints/{n}/attachments", number)
                .then()
                .statusCode(201)
                .body("find { it.purpose == 'REPLY' }.withheld", org.hamcrest.Matchers.equalTo(false))
                .body("find { it.purpose == 'INTAKE' }.withheld", org.hamcrest.Matchers.equalTo(true))
                .extract()
                .jsonPath()
                .getLong("find { it.purpose == 'REPLY' }.id");

        for (String login : List.of(CLERK, XINGQING_HANDLER, XINGQING_LEADER, INSPECTOR, ADMIN)) {
            assertThat(download(login, number, replyId)
                            .statusCode(200)
                            .extract()
                            .asByteArray())
                    .as(login)
                    .isEqualTo(reply);
        }
        assertThat(downloadsOf(number)).hasSize(5);
    }

    @Test
    void everyDownloadIsAuditedLikeTheFullViewNeverWithItsContent() {
        String number = complaints.dispatch(complaints.accept(fileWithLetter(webComplaint())));
        long id = idsOf(listAs(CLERK, number)).get(0);

        download(XINGQING_HANDLER, number, id).statusCode(200);

        List<Map<String, Object>> downloads = downloadsOf(number);
        assertThat(downloads).hasSize(1);
        assertThat(downloads.get(0))
                .containsEntry("actor", XINGQING_HANDLER)
                .containsEntry("actor_roles", "HANDLER")
                .containsEntry("actor_unit", XINGQING)
                .containsEntry("detail", "attachment " + id + " (INTAKE)");
        assertThat(downloads.get(0).get("client_address")).isNotNull();
    }

    @Test
    void onlyTheBureauAttachesReplyMaterial() {
        String number = complaints.dispatched();

        Uploads.multipart(api.as(CLERK), List.of(new Upload("letter.txt", LETTER)))
                .queryParam("purpose", "REPLY")
                .post("/complaints/{n}/attachments", number)
                .then()
                .spec(invalidField("purpose", "attachment.reply-is-bureaus"));
        assertThat(listAs(CLERK, number).getList("id")).isEmpty();
    }

    private String fileWithLetter(Map<String, Object> complaint) {
        return Uploads.fileWith(api.anonymous(), complaint, List.of(new Upload("letter.txt", LETTER)))
                .statusCode(201)
                .extract()
                .path("trackingNumber");
    }

    private static Map<String, Object> hotline() {
        Map<String, Object> complaint = webComplaint();
        complaint.put("channel", "HOTLINE");
        return complaint;
    }

    private JsonPath listAs(String login, String number) {
        return api.as(login)
                .get("/complaints/{n}/attachments", number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private ValidatableResponse download(String login, String number, long id) {
        return api.as(login)
                .accept("*/*")
                .get("/complaints/{n}/attachments/{id}", number, id)
                .then();
    }

    private static List<Long> idsOf(JsonPath listing) {
        return listing.getList("id", Long.class);
    }

    private List<Map<String, Object>> downloadsOf(String number) {
        return jdbc.queryForList(
                "select actor, actor_roles, actor_unit, client_address, detail from audit_log"
                        + " where action = 'ATTACHMENT_DOWNLOADED' and tracking_number = ? order by seq",
                number);
    }
}
