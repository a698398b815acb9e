package org.xinfang.petition.disclosure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.CaseTaskRecords;
import org.xinfang.petition.process.TaskRecords;
import org.xinfang.petition.security.CaseScopes;

/** The review follows the case under its tracking number: its task is seen by whoever may see the case. */
@Configuration(proxyBeanMethods = false)
class DisclosureTaskRecords {

    @Bean
    TaskRecords disclosureTasks(Cases cases, CaseScopes scopes) {
        return new CaseTaskRecords(cases, scopes, DisclosureProcess.KEY);
    }
}
