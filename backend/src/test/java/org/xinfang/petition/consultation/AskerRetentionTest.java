package org.xinfang.petition.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.xinfang.petition.support.Logins.CLERK;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_REGION;

import java.sql.Timestamp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.consultation.ConsultationCalls.Asked;
import org.xinfang.petition.retention.PersonalDataRetention;
import org.xinfang.petition.support.ApiTest;

/**
 * A consultation closed longer ago than the retention period loses its asker's name and keeps its question and
 * answer masked of personal data, once, audited; one inside its period is untouched. It is made old by moving its
 * closing date back, so that no other test's consultation is ever past the period (those closed under a clock
 * pinned years back may be, so the run's count is at least this one).
 */
class AskerRetentionTest extends ApiTest {

    static final Timestamp SEVEN_YEARS_AGO = Timestamp.valueOf("2019-05-20 10:00:00");
    static final String QUESTION = "我是李明，电话13812345678，请问户口迁移怎么办理？";
    static final String ANSWER = "李明您好，请到派出所户籍窗口办理，或发邮件至 li.ming@example.cn 预约。";

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    ConsultationCalls calls;

    @BeforeEach
    void calls() {
        calls = new ConsultationCalls(api);
    }

    @Test
    void aConsultationClosedLongerThanThePeriodLosesItsAskersNameAndKeepsItsTextsMasked() {
        String old = closedConsultation();
        String recent = closedConsultation();
        assertThat(jdbc.update("update consultation set closed_at = ? where tracking_number = ?", SEVEN_YEARS_AGO, old))
                .isOne();

        assertThat(retention.eraseExpired().consultations()).isPositive();

        calls.detail(CLERK, old)
                .statusCode(200)
                .body("askerName", nullValue())
                .body("question", equalTo("我是***，电话***，请问户口迁移怎么办理？"))
                .body("answer", equalTo("***您好，请到派出所户籍窗口办理，或发邮件至 *** 预约。"))
                .body("category", equalTo("HOUSEHOLD_REGISTRATION"))
                .body("status", equalTo("CLOSED"));
        assertThat(jdbc.queryForObject(
                        "select anonymised_at is not null from consultation where tracking_number = ?",
                        Boolean.class,
                        old))
                .isTrue();
        calls.detail(CLERK, recent)
                .body("askerName", equalTo("李*"))
                .body("question", equalTo(QUESTION))
                .body("answer", equalTo(ANSWER));

        assertThat(retention.eraseExpired().consultations()).as("once").isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'consultation.personal-data-erased'"
                                + " and tracking_number = ?",
                        Integer.class,
                        old))
                .isOne();
    }

    /** Asked with the asker's name, answered, and closed unpublished. */
    private String closedConsultation() {
        Asked asked = calls.ask("HOUSEHOLD_REGISTRATION", XINGQING_REGION, "李明", QUESTION);
        calls.answer(XINGQING_HANDLER, asked.trackingNumber(), ANSWER).statusCode(204);
        calls.publication(CLERK, asked.trackingNumber(), false, null, null).statusCode(204);
        return asked.trackingNumber();
    }
}
