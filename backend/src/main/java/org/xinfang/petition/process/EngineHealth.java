package org.xinfang.petition.process;

import org.operaton.bpm.engine.RepositoryService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The engine answers and the complaint model is deployed: a node without it can take no case. */
@Component("engineHealthIndicator")
class EngineHealth implements HealthIndicator {

    private final RepositoryService repository;

    EngineHealth(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Health health() {
        long versions = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintProcess.KEY)
                .count();
        return (versions > 0 ? Health.up() : Health.down().withDetail("problem", "the complaint model is not deployed"))
                .withDetail("complaintModelVersions", versions)
                .build();
    }
}
