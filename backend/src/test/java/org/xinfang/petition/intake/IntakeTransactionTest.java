package org.xinfang.petition.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.intake.FileComplaintRequest.ComplainantDetails;
import org.xinfang.petition.security.ActingAs;
import org.xinfang.petition.support.Logins;
import org.xinfang.petition.support.PetitionTest;

/**
 * Our rows and the engine's share one transaction: when the transaction that filed a complaint rolls back, neither
 * the complaint nor its process instance remains.
 */
@PetitionTest
class IntakeTransactionTest {

    @Autowired
    Intake intake;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Cases cases;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ActingAs actingAs;

    @Test
    void aRolledBackFilingLeavesNeitherTheComplaintNorItsProcess() {
        String number = fileAndRollBack(Channel.WEB);

        assertNothingLeftOf(number);
    }

    @Test
    void aRolledBackFilingByAnOperatorLeavesNeitherTheComplaintNorItsProcess() {
        String number = actingAs.call(Logins.OPERATOR, () -> fileAndRollBack(Channel.HOTLINE));

        assertNothingLeftOf(number);
    }

    /** Files inside a transaction that is then rolled back; checks that, inside it, both had been written. */
    private String fileAndRollBack(Channel channel) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            String number = intake.file(request(channel)).trackingNumber();
            assertThat(cases.exists(number)).isTrue();
            assertThat(runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(number)
                            .count())
                    .isEqualTo(1);
            status.setRollbackOnly();
            return number;
        });
    }

    private void assertNothingLeftOf(String number) {
        assertThat(cases.exists(number)).isFalse();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(number)
                        .count())
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(number)
                        .count())
                .isZero();
    }

    private static FileComplaintRequest request(Channel channel) {
        return new FileComplaintRequest(
                new ComplainantDetails("王五", "11010519491231002X", "13812345678", "宁夏银川市兴庆区解放街2号"),
                Category.TRAFFIC,
                null,
                Logins.XINGQING_REGION,
                channel,
                "违章停车处罚争议",
                "对交警处罚决定有异议。");
    }
}
