package org.xinfang.petition.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.process.CaseTaskRecords;
import org.xinfang.petition.process.ReviewProcess;
import org.xinfang.petition.process.TaskRecords;
import org.xinfang.petition.security.CaseScopes;

/** Reviews follow the case under its tracking number: their tasks are seen by whoever may see the case. */
@Configuration(proxyBeanMethods = false)
class ReviewTaskRecords {

    @Bean
    TaskRecords reviewTasks(Cases cases, CaseScopes scopes) {
        return new CaseTaskRecords(cases, scopes, ReviewProcess.KEY);
    }
}
