package org.xinfang.petition.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.petition.support.Logins.JINFENG_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_HANDLER;
import static org.xinfang.petition.support.Logins.XINGQING_LEADER;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.process.ComplaintProcess.Stage;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Complaints;
import org.xinfang.petition.support.PetitionTest;

/** The engine resolves a user's candidate groups through our directory, so tasks reach the right bureau. */
@PetitionTest
class CandidateGroupsTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Test
    void aCaseDispatchedToABureauIsOfferedToItsHandlerAndLeaderOnly() {
        String trackingNumber = new Complaints(new Api(port)).dispatched();

        assertThat(signForTaskOfferedTo(XINGQING_HANDLER, trackingNumber)).isNotNull();
        assertThat(signForTaskOfferedTo(XINGQING_LEADER, trackingNumber)).isNotNull();
        assertThat(signForTaskOfferedTo(JINFENG_HANDLER, trackingNumber)).isNull();
    }

    private Task signForTaskOfferedTo(String username, String trackingNumber) {
        TaskQuery query = tasks.createTaskQuery()
                .taskCandidateUser(username)
                .processInstanceBusinessKey(trackingNumber)
                .taskDefinitionKey(Stage.SIGN_FOR.taskKey());
        return query.singleResult();
    }
}
