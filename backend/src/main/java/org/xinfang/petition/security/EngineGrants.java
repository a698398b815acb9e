package org.xinfang.petition.security;

import static org.operaton.bpm.engine.authorization.Authorization.ANY;
import static org.operaton.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.AuthorizationQuery;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.authorization.TaskPermissions;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.xinfang.petition.organization.Role;

/**
 * The engine's grants, made at every start (docs/security.md, "The engine's authorizations"): administrators may
 * do everything in every webapp; every other role may open Tasklist and read its filters, and sees there only the
 * tasks the engine grants them through their candidate groups or as assignee. Several nodes may start at once
 * against one database: a grant another node made a moment earlier stands.
 *
 * <p>Tasks opened while the engine's authorizations were off have no such per-task grants; the first start with
 * them on gives those tasks the grants the engine would have given them, once (an engine property records it).
 */
@Component
@Order(0)
class EngineGrants implements ApplicationRunner {

    static final String TASKLIST = "tasklist";
    /** Set once the open tasks of a database have their grants; removed while authorizations are off. */
    static final String OPEN_TASKS_GRANTED = "xinfang.open-task-grants";

    private static final Logger log = LoggerFactory.getLogger(EngineGrants.class);

    private final ProcessEngineConfigurationImpl configuration;
    private final AuthorizationService authorizations;
    private final TaskService tasks;
    private final ManagementService management;

    EngineGrants(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.authorizations = engine.getAuthorizationService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!configuration.isAuthorizationEnabled()) {
            management.deleteProperty(OPEN_TASKS_GRANTED);
            return;
        }
        for (Resource resource : Resources.values()) {
            grant(Grantee.group(Role.ADMIN.groupId()), resource, ANY, Permissions.ALL);
        }
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                grant(Grantee.group(role.groupId()), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
                grant(Grantee.group(role.groupId()), Resources.FILTER, ANY, Permissions.READ);
            }
        }
        if (!management.getProperties().containsKey(OPEN_TASKS_GRANTED)) {
            grantOpenTasks();
            management.setProperty(OPEN_TASKS_GRANTED, "true");
        }
    }

    /** Each open task's assignee, owner and candidates get what the engine grants them on a task it opens now. */
    private void grantOpenTasks() {
        Permission[] taskPermissions = taskPermissions();
        List<Task> open = tasks.createTaskQuery().list();
        for (Task task : open) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                Grantee grantee =
                        link.getUserId() != null ? Grantee.user(link.getUserId()) : Grantee.group(link.getGroupId());
                grant(grantee, Resources.TASK, task.getId(), taskPermissions);
            }
        }
        log.info("Granted the candidates and assignees of {} open tasks their task permissions", open.size());
    }

    /** As the engine's DefaultAuthorizationProvider grants them for a task's identity links. */
    private Permission[] taskPermissions() {
        List<Permission> permissions =
                new ArrayList<>(List.of(Permissions.READ, configuration.getDefaultUserPermissionForTask()));
        if (configuration.isEnforceSpecificVariablePermission()) {
            permissions.add(TaskPermissions.READ_VARIABLE);
        }
        return permissions.toArray(Permission[]::new);
    }

    private void grant(Grantee grantee, Resource resource, String resourceId, Permission... permissions) {
        try {
            Authorization grant = existing(grantee, resource, resourceId);
            if (grant == null) {
                grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                grant.setUserId(grantee.userId());
                grant.setGroupId(grantee.groupId());
                grant.setResource(resource);
                grant.setResourceId(resourceId);
            } else if (grantsAll(grant, permissions)) {
                return;
            }
            Arrays.stream(permissions).forEach(grant::addPermission);
            authorizations.saveAuthorization(grant);
        } catch (ProcessEngineException concurrent) {
            // Another node made or widened the same grant at the same moment (unique key, optimistic lock).
            Authorization grant = existing(grantee, resource, resourceId);
            if (grant == null || !grantsAll(grant, permissions)) {
                throw concurrent;
            }
        }
    }

    private Authorization existing(Grantee grantee, Resource resource, String resourceId) {
        AuthorizationQuery query = authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .resourceType(resource)
                .resourceId(resourceId);
        return (grantee.userId() != null ? query.userIdIn(grantee.userId()) : query.groupIdIn(grantee.groupId()))
                .singleResult();
    }

    private static boolean grantsAll(Authorization grant, Permission... permissions) {
        return Arrays.stream(permissions).allMatch(grant::isPermissionGranted);
    }

    /** Either a user or a group. */
    private record Grantee(String userId, String groupId) {

        static Grantee user(String userId) {
            return new Grantee(userId, null);
        }

        static Grantee group(String groupId) {
            return new Grantee(null, groupId);
        }
    }
}
