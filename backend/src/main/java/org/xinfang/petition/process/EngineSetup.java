package org.xinfang.petition.process;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the embedded engine into our start-up. */
@Configuration(proxyBeanMethods = false)
class EngineSetup {

  /** The engine checks its schema when it starts, so the migrations that create it must run first. */
  @Bean
  static AbstractDependsOnBeanFactoryPostProcessor processEngineDependsOnMigrations() {
    return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, ProcessEngineFactoryBean.class,
        "flywayInitializer") {};
  }
}
