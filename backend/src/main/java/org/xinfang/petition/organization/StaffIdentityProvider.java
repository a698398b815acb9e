package org.xinfang.petition.organization;

import java.util.List;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.GroupQuery;
import org.operaton.bpm.engine.identity.NativeUserQuery;
import org.operaton.bpm.engine.identity.Tenant;
import org.operaton.bpm.engine.identity.TenantQuery;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.identity.UserQuery;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's identity session over our staff, opened once per engine command. Engine commands join the
 * Spring-managed transaction, so the repositories read in the same transaction as the engine.
 */
class StaffIdentityProvider implements ReadOnlyIdentityProvider {

    private final StaffDirectory directory;
    private final EngineGroups groups;

    StaffIdentityProvider(StaffDirectory directory, EngineGroups groups) {
        this.directory = directory;
        this.groups = groups;
    }

    @Override
    public User findUserById(String userId) {
        return directory.find(userId).map(StaffIdentityProvider::engineUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new StaffUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new StaffUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: staff live in our own tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return directory.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return createGroupQuery(Context.getCommandContext()).groupId(groupId).singleResult();
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new StaffGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new StaffGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    /** The users matching a query, unsorted; a query by id loads only that member. */
    List<User> findUsers(StaffUserQuery query) {
        List<StaffUser> candidates =
                query.getId() != null ? directory.find(query.getId()).stream().toList() : directory.all();
        return candidates.stream()
                .filter(staff ->
                        query.getGroupId() == null || staff.engineGroupIds().contains(query.getGroupId()))
                .map(StaffIdentityProvider::engineUser)
                .filter(query::admits)
                .toList();
    }

    /** The groups matching a query, unsorted; a query by member, as task queries make, loads only that member. */
    List<Group> findGroups(StaffGroupQuery query) {
        List<Group> candidates = query.getUserId() != null
                ? directory.find(query.getUserId()).map(groups::of).orElse(List.of())
                : groups.all(directory.all());
        return candidates.stream().filter(query::admits).toList();
    }

    /**
     * Our staff have one display name (e.g. 信访办 王芳) that does not split into first and last names, so it is
     * the first name; the last name is empty rather than null so the webapps show no "null". We keep no email.
     */
    private static User engineUser(StaffUser staff) {
        UserEntity user = new UserEntity(staff.getUsername());
        user.setFirstName(staff.getDisplayName());
        user.setLastName("");
        return user;
    }
}
