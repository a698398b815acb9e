package org.xinfang.petition.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.CaseTaskRecords;
import org.xinfang.petition.process.RectificationProcess;
import org.xinfang.petition.process.TaskRecords;
import org.xinfang.petition.security.CaseScopes;

/** Rectification follows the case under its tracking number: its tasks are seen by whoever may see the case. */
@Configuration(proxyBeanMethods = false)
class RectificationTaskRecords {

    @Bean
    TaskRecords rectificationTasks(Cases cases, CaseScopes scopes) {
        return new CaseTaskRecords(cases, scopes, RectificationProcess.KEY);
    }
}
