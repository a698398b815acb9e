package org.xinfang.petition.organization;

import static org.operaton.bpm.engine.impl.GroupQueryProperty.GROUP_ID;
import static org.operaton.bpm.engine.impl.GroupQueryProperty.NAME;
import static org.operaton.bpm.engine.impl.GroupQueryProperty.TYPE;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.impl.GroupQueryImpl;
import org.operaton.bpm.engine.impl.Page;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's group query over our roles and units. Process starters and tenants are not part of our
 * organisation, so a query restricted to either finds no group.
 */
class StaffGroupQuery extends GroupQueryImpl {

    private static final Map<String, Function<Group, String>> SORT_KEYS = Map.of(
            GROUP_ID.getName(), Group::getId,
            NAME.getName(), Group::getName,
            TYPE.getName(), Group::getType);

    StaffGroupQuery() {}

    StaffGroupQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matches(commandContext).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return QueryCriteria.sortedPage(matches(commandContext), this, SORT_KEYS, Group::getId);
    }

    private List<Group> matches(CommandContext commandContext) {
        if (procDefId != null || tenantId != null) {
            return List.of();
        }
        return ((StaffIdentityProvider) commandContext.getReadOnlyIdentityProvider()).findGroups(this);
    }

    /** Whether a group meets the criteria on the group's own fields; membership is the provider's to check. */
    boolean admits(Group group) {
        return QueryCriteria.equal(id, group.getId())
                && QueryCriteria.in(ids, group.getId())
                && QueryCriteria.equal(name, group.getName())
                && QueryCriteria.like(nameLike, group.getName())
                && QueryCriteria.equal(type, group.getType());
    }
}
