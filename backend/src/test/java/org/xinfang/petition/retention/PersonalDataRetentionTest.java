package org.xinfang.petition.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.xinfang.petition.support.Logins.ADMIN;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Problems.problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complainant;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.screening.Complainants;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.Uploads;
import org.xinfang.petition.support.Uploads.Upload;

/**
 * A closed case past its retention period loses its complainant's personal data, contacts, message recipients and
 * attachment files, once, audited, with what the statistics count kept; a case inside its period is untouched.
 * The cases are made old by moving their closing date back, so that no other test's case is ever past the period.
 */
class PersonalDataRetentionTest extends ApiTest {

    static final Timestamp SEVEN_YEARS_AGO = Timestamp.valueOf("2019-05-20 10:00:00");

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    Cases cases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Value("${petition.attachments.dir}")
    Path attachments;

    @Test
    void aCaseClosedLongerThanThePeriodLosesItsPersonalDataAndKeepsItsStatistics() throws Exception {
        String idNumber = Complainants.newIdNumber();
        String old = closedCase(idNumber);
        String recent = closedCase(Complainants.newIdNumber());
        closedSevenYearsAgo(old);
        Complaint before = stored(old);
        String storageKey = jdbc.queryForObject(
                "select storage_key from attachment where complaint_id = ?", String.class, before.getId());
        assertThat(attachments.resolve(storageKey)).exists();

        assertThat(retention.eraseExpired().cases()).isEqualTo(1);

        Complaint after = stored(old);
        Complainant erased = after.getComplainant();
        assertThat(erased.getRealName()).isEqualTo(Complainant.ERASED_NAME);
        assertThat(List.of(erased.getResidentId(), erased.getPhone(), erased.getAddress()))
                .containsOnly("");
        assertThat(erased.getResidentIdIndex()).isNull();
        assertThat(erased.getPhoneIndex()).isNull();
        assertThat(after.isAnonymised()).isTrue();
        assertThat(erased.getSex())
                .as("kept for the statistics")
                .isEqualTo(before.getComplainant().getSex());
        assertThat(erased.getAgeAtFiling()).isEqualTo(before.getComplainant().getAgeAtFiling());
        assertThat(List.of(
                        after.getStatus(),
                        after.getCategory(),
                        after.getRegion().getCode(),
                        after.getClosedAt()))
                .isEqualTo(List.of(
                        before.getStatus(),
                        before.getCategory(),
                        before.getRegion().getCode(),
                        before.getClosedAt()));

        String detail = api.as(CLERK)
                .get("/complaints/{number}", old)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(detail).doesNotContain(idNumber).doesNotContain("赵丽娟").doesNotContain("13912345678");

        assertThat(jdbc.queryForObject(
                        "select count(*) from message_contact where complaint_id = ?", Integer.class, before.getId()))
                .as("the e-mail and channel choice")
                .isZero();
        assertThat(jdbc.queryForList(
                        "select distinct recipient_masked from message_outbox where complaint_id = ?",
                        String.class,
                        before.getId()))
                .containsExactly("***");

        Map<String, Object> file = api.as(CLERK)
                .get("/complaints/{number}/attachments", old)
                .then()
                .statusCode(200)
                .extract()
                .path("[0]");
        assertThat(file.get("name")).isEqualTo("（已删除）");
        api.as(CLERK)
                .get("/complaints/{number}/attachments/{id}", old, file.get("id"))
                .then()
                .spec(problem(410, "attachment.erased"));
        assertThat(attachments.resolve(storageKey))
                .as("the file, gone from the store")
                .doesNotExist();
        assertThat(jdbc.queryForObject(
                        "select extracted_text from attachment where complaint_id = ?", String.class, before.getId()))
                .isNull();

        Complainant untouched = stored(recent).getComplainant();
        assertThat(untouched.getRealName()).as("a case inside its period").isEqualTo("赵丽娟");
        assertThat(stored(recent).isAnonymised()).isFalse();

        assertThat(retention.eraseExpired().cases()).as("once").isZero();
        await().untilAsserted(() -> api.as(ADMIN)
                .queryParam("action", PersonalDataRetention.CASE_ERASED)
                .queryParam("trackingNumber", old)
                .get("/admin/audit")
                .then()
                .body("content.actor", hasItem("system")));
        await().untilAsserted(() -> api.as(ADMIN)
                .queryParam("action", PersonalDataRetention.RUN)
                .get("/admin/audit")
                .then()
                .body("content.detail", hasItem(org.hamcrest.Matchers.startsWith("erased 1 cases and "))));
    }

    @Test
    void aCaseClosedForGoodKeepsOnlyTheKeyedHashOfTheIdNumber() throws Exception {
        String number = closedCase(Complainants.newIdNumber());
        String index = stored(number).getComplainant().getResidentIdIndex();
        jdbc.update("update complaint set status = 'CLOSED_FOR_GOOD' where tracking_number = ?", number);
        closedSevenYearsAgo(number);

        retention.eraseExpired();

        Complainant erased = stored(number).getComplainant();
        assertThat(erased.getResidentId()).isEmpty();
        assertThat(erased.getResidentIdIndex())
                .as("so that the same matter is still refused (三级终结)")
                .isEqualTo(index);
        assertThat(erased.getPhoneIndex()).isNull();
    }

    /** The case as now stored, its complainant read with it. */
    private Complaint stored(String number) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            Complaint complaint = cases.get(number);
            complaint.getComplainant().getRealName();
            complaint.getRegion().getCode();
            return complaint;
        });
    }

    /** A case not accepted, so closed now, filed with an attachment by a complainant told by SMS and e-mail. */
    @SuppressWarnings("unchecked")
    private String closedCase(String idNumber) {
        Map<String, Object> complaint = Complaints.webComplaintWithEmail("zhao.lijuan@example.cn", "BOTH");
        Map<String, Object> complainant = (Map<String, Object>) complaint.get("complainant");
        complainant.putAll(Map.of("name", "赵丽娟", "idNumber", idNumber, "phone", "13912345678"));
        String number = Uploads.fileWith(
                        api.anonymous(),
                        complaint,
                        List.of(new Upload("身份证复印件.txt", "赵丽娟 身份证".getBytes(StandardCharsets.UTF_8))))
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        complaints.act(CLERK, number, "triage", Map.of("decision", "NOT_ACCEPT", "reason", "属于法院诉讼事项"));
        complaints.approveRefusal(number);
        return number;
    }

    private void closedSevenYearsAgo(String number) {
        assertThat(jdbc.update("update complaint set closed_at = ? where tracking_number = ?", SEVEN_YEARS_AGO, number))
                .isOne();
    }
}
