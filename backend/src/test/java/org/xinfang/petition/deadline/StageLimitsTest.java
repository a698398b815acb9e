package org.xinfang.petition.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.Deployment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.petition.calendar.Limit;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.process.ComplaintProcess;
import org.xinfang.petition.support.PetitionTest;

/** The time-limits table is read once per version and inputs, and a newly deployed version applies at once. */
@PetitionTest
class StageLimitsTest {

    private static final String TRIAGE_LIMIT = "<outputEntry id=\"outputEntry_9_0\"><text>\"15 days\"</text>";

    @Autowired
    StageLimits limits;

    @Autowired
    ServiceCommitments commitments;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Test
    void aNewVersionOfTheTableAppliesAtOnceAndItsRemovalRestoresTheOldOne() throws IOException {
        Limit deployed = Limit.parse("15 days");
        assertThat(triage()).isEqualTo(deployed);

        Deployment shorter = deployTriageLimit("10 days");
        try {
            assertThat(triage()).isEqualTo(Limit.parse("10 days"));
            assertThat(commitments.all())
                    .filteredOn(commitment -> commitment.stage() == DeadlineStage.TRIAGE)
                    .singleElement()
                    .extracting(ServiceCommitments.Commitment::limit)
                    .isEqualTo(Limit.parse("10 days"));
        } finally {
            repository.deleteDeployment(shorter.getId(), true);
        }
        assertThat(triage()).isEqualTo(deployed);
    }

    @Test
    void anAnswerIsReadFromTheTableOnceForEachVersionAndInputs() throws IOException {
        Deployment sameLimits = deployTriageLimit("15 days");
        try {
            long before = evaluations();
            triage();
            assertThat(evaluations()).isEqualTo(before + 1);
            triage();
            triage();
            assertThat(evaluations()).isEqualTo(before + 1);
        } finally {
            repository.deleteDeployment(sameLimits.getId(), true);
        }
    }

    private Limit triage() {
        return limits.of(DeadlineStage.TRIAGE, Urgency.NORMAL, Category.OTHER).limit();
    }

    private long evaluations() {
        return history.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(ComplaintProcess.TIME_LIMITS_DECISION)
                .count();
    }

    private Deployment deployTriageLimit(String limit) throws IOException {
        String table;
        try (InputStream in = new ClassPathResource("processes/time-limits.dmn").getInputStream()) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(table).contains(TRIAGE_LIMIT);
        return repository
                .createDeployment()
                .name("StageLimitsTest")
                .addString(
                        "time-limits.dmn",
                        table.replace(
                                TRIAGE_LIMIT, "<outputEntry id=\"outputEntry_9_0\"><text>\"" + limit + "\"</text>"))
                .deploy();
    }
}
