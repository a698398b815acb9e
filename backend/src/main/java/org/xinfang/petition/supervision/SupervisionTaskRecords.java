package org.xinfang.petition.supervision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.CaseTaskRecords;
import org.xinfang.petition.process.TaskRecords;
import org.xinfang.petition.security.CaseScopes;

/** Supervision follows the case under its tracking number: its tasks are seen by whoever may see the case. */
@Configuration(proxyBeanMethods = false)
class SupervisionTaskRecords {

    @Bean
    TaskRecords supervisionTasks(Cases cases, CaseScopes scopes) {
        return new CaseTaskRecords(cases, scopes, SupervisionProcess.KEY);
    }
}
