package org.xinfang.petition.organization;

import static org.operaton.bpm.engine.impl.UserQueryProperty.EMAIL;
import static org.operaton.bpm.engine.impl.UserQueryProperty.FIRST_NAME;
import static org.operaton.bpm.engine.impl.UserQueryProperty.LAST_NAME;
import static org.operaton.bpm.engine.impl.UserQueryProperty.USER_ID;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.impl.Page;
import org.operaton.bpm.engine.impl.UserQueryImpl;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's user query over our staff. Process starters and tenants are not part of our organisation, so a
 * query restricted to either finds no one.
 */
class StaffUserQuery extends UserQueryImpl {

    private static final Map<String, Function<User, String>> SORT_KEYS = Map.of(
            USER_ID.getName(), User::getId,
            FIRST_NAME.getName(), User::getFirstName,
            LAST_NAME.getName(), User::getLastName,
            EMAIL.getName(), User::getEmail);

    StaffUserQuery() {}

    StaffUserQuery(CommandExecutor commandExecutor) {
        super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matches(commandContext).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return QueryCriteria.sortedPage(matches(commandContext), this, SORT_KEYS, User::getId);
    }

    private List<User> matches(CommandContext commandContext) {
        if (procDefId != null || tenantId != null) {
            return List.of();
        }
        return ((StaffIdentityProvider) commandContext.getReadOnlyIdentityProvider()).findUsers(this);
    }

    /** Whether a user meets the criteria on the user's own fields; group membership is the provider's to check. */
    boolean admits(User user) {
        return QueryCriteria.equal(id, user.getId())
                && QueryCriteria.in(ids, user.getId())
                && QueryCriteria.equal(firstName, user.getFirstName())
                && QueryCriteria.like(firstNameLike, user.getFirstName())
                && QueryCriteria.equal(lastName, user.getLastName())
                && QueryCriteria.like(lastNameLike, user.getLastName())
                && QueryCriteria.equal(email, user.getEmail())
                && QueryCriteria.like(emailLike, user.getEmail());
    }
}
