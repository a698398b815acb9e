package org.xinfang.petition.process;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.delegate.Expression;
import org.operaton.bpm.engine.impl.TaskQueryImpl;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.TaskEntity;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasks opened before the models took their candidate groups from our records (an inspector review offered to every
 * inspector, a bureau read from a variable) get the candidates the models give them now, once per database: each
 * open task's candidate groups are worked out again by its model's own expressions, and the groups that no longer
 * belong are taken off with the engine's grants that came with them. An engine property records that it was done.
 */
@Component
@Order(1)
class CandidatesFromRecords implements ApplicationRunner {

    static final String DONE = "xinfang.candidates-from-records";

    private static final Logger log = LoggerFactory.getLogger(CandidatesFromRecords.class);

    private final ProcessEngineConfigurationImpl configuration;
    private final ManagementService management;

    CandidatesFromRecords(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.management = engine.getManagementService();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (management.getProperties().containsKey(DONE)) {
            return;
        }
        int changed = configuration.getCommandExecutorTxRequired().execute(this::offerAgain);
        management.setProperty(DONE, "true");
        log.info("Candidate groups worked out again from the records for {} open tasks", changed);
    }

    private int offerAgain(CommandContext context) {
        int changed = 0;
        for (Task open : context.getTaskManager().findTasksByQueryCriteria(new TaskQueryImpl())) {
            TaskEntity task = (TaskEntity) open;
            if (task.getExecution() == null || task.getTaskDefinition() == null) {
                continue;
            }
            Set<String> wanted = candidateGroups(task);
            Set<String> offered = task.getIdentityLinks().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .collect(Collectors.toSet());
            if (!wanted.equals(offered)) {
                offered.stream().filter(group -> !wanted.contains(group)).forEach(group -> {
                    task.deleteCandidateGroup(group);
                    // The engine keeps a group's grant on a task when the group is taken off it; this one must go.
                    context.getAuthorizationManager()
                            .deleteAuthorizationsByResourceIdAndGroupId(Resources.TASK, task.getId(), group);
                });
                wanted.stream().filter(group -> !offered.contains(group)).forEach(task::addCandidateGroup);
                changed++;
            }
        }
        return changed;
    }

    /** As the engine works them out when it opens a task: each expression a group, a list of them or a CSV. */
    private static Set<String> candidateGroups(TaskEntity task) {
        Set<String> groups = new HashSet<>();
        for (Expression expression : task.getTaskDefinition().getCandidateGroupIdExpressions()) {
            Object value = expression.getValue(task.getExecution());
            if (value instanceof Collection<?> many) {
                many.forEach(group -> groups.add(group.toString()));
            } else if (value != null) {
                groups.addAll(List.of(value.toString().split("\\s*,\\s*")));
            }
        }
        return groups;
    }
}
