package org.xinfang.petition.supervision;

import org.junit.jupiter.api.BeforeEach;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xinfang.petition.support.Api;

/** What every supervision test against the running application uses: the API and the {@link SupervisionDriver}. */
abstract class AbstractSupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    SupervisionDriver driver;
    Api api;

    @BeforeEach
    void setUpDriver() {
        api = new Api(port);
        driver = new SupervisionDriver(api, runtime, tasks, management);
    }
}
