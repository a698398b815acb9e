package org.xinfang.petition.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.complaint.Complaint;
import org.xinfang.petition.complaint.ComplaintStatus;
import org.xinfang.petition.support.PetitionTest;

@PetitionTest
class DemoCasesTest {

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    Cases cases;

    @Test
    void demoCasesCoverEveryStageOfTheProcess() {
        List<String> numbers = beans.createBean(DemoCases.class).seed();

        assertThat(cases.withNumbers(numbers))
                .extracting(Complaint::getStatus)
                .containsExactlyInAnyOrder(
                        ComplaintStatus.PENDING_TRIAGE,
                        ComplaintStatus.PENDING_DISPATCH,
                        ComplaintStatus.PENDING_SIGN_FOR,
                        ComplaintStatus.IN_HANDLING,
                        ComplaintStatus.PENDING_CALLBACK,
                        ComplaintStatus.CLOSED,
                        ComplaintStatus.NOT_ACCEPTED,
                        ComplaintStatus.MERGED);
    }
}
