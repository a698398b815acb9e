package org.xinfang.petition.support;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.xinfang.petition.callback.CallingBack;
import org.xinfang.petition.complaint.CaseTimeline;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.dispatch.Triaging;
import org.xinfang.petition.handling.Handling;
import org.xinfang.petition.intake.Intake;
import org.xinfang.petition.security.ActingAs;

@TestConfiguration(proxyBeanMethods = false)
class TestSetup {

    /** Every run starts from an empty database, migrated from scratch: the migrations are tested too. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /** The staff directory the application logs in against beside its own table (application-test.properties). */
    @Bean
    TestDirectory testDirectory() {
        return TestDirectory.start();
    }

    @Bean
    DynamicPropertyRegistrar testDirectoryUrl(TestDirectory directory) {
        return properties -> properties.add("petition.directory.ldap.urls", directory::url);
    }

    // The in-process helpers live in this one context, so that every test class shares it.

    @Bean
    Casework casework(Intake intake, Triaging triaging, Handling handling, CallingBack callingBack, ActingAs actingAs) {
        return new Casework(intake, triaging, handling, callingBack, actingAs);
    }

    /** Named apart from the complaint module's own {@code caseRecords}, the commands on a case. */
    @Bean
    CaseRecords storedCaseRecords(Cases cases, CaseTimeline timeline, PlatformTransactionManager transactions) {
        return new CaseRecords(cases, timeline, transactions);
    }

    @Bean
    ProcessRoutes processRoutes(HistoryService history, RuntimeService runtime, TaskService tasks) {
        return new ProcessRoutes(history, runtime, tasks);
    }

    @Bean
    EngineTime engineTime(ManagementService management, RuntimeService runtime) {
        return new EngineTime(management, runtime);
    }
}
