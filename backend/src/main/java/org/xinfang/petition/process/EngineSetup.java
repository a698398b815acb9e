package org.xinfang.petition.process;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.petition.complaint.Cases;
import org.xinfang.petition.security.CaseScopes;
import org.xinfang.petition.shared.Problems;

/** Wires the embedded engine into our start-up. */
@Configuration(proxyBeanMethods = false)
class EngineSetup {

    /** The engine checks its schema when it starts, so the migrations that create it must run first. */
    @Bean
    static AbstractDependsOnBeanFactoryPostProcessor processEngineDependsOnMigrations() {
        return new AbstractDependsOnBeanFactoryPostProcessor(
                ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer") {};
    }

    /** The webapps' engine API and /engine-rest answer failures as problems, as our API does. */
    @Bean
    FilterRegistrationBean<EngineDoorAnswers> engineDoorAnswers(Problems problems) {
        FilterRegistrationBean<EngineDoorAnswers> registration =
                new FilterRegistrationBean<>(new EngineDoorAnswers(problems));
        registration.addUrlPatterns("/operaton/api/engine/*", "/engine-rest/*");
        return registration;
    }

    /** The complaint model's tasks belong to the case under their business key. */
    @Bean
    TaskRecords complaintTaskRecords(Cases cases, CaseScopes scopes) {
        return new CaseTaskRecords(cases, scopes, ComplaintProcess.KEY);
    }
}
