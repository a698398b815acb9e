package org.xinfang.petition.organization;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.impl.persistence.entity.GroupEntity;
import org.springframework.stereotype.Component;
import org.xinfang.petition.shared.Messages;

/**
 * The engine groups that roles and units imply, with the ids of {@link StaffUser#engineGroupIds()}: one group per
 * role (type {@value #ROLE}), there even before anyone holds the role, since the process model and the webapps
 * name them; and one per role within a unit (type {@value #UNIT}) for each unit where someone holds that role.
 */
@Component
class EngineGroups {

    static final String ROLE = "ROLE";
    static final String UNIT = "UNIT";

    private final Messages messages;

    EngineGroups(Messages messages) {
        this.messages = messages;
    }

    /** Every group: the groups of all roles, and the unit groups of the given staff. */
    List<Group> all(Collection<StaffUser> staff) {
        return groups(EnumSet.allOf(Role.class), staff);
    }

    /** The groups one staff member belongs to. */
    List<Group> of(StaffUser member) {
        return groups(member.getRoles(), List.of(member));
    }

    private List<Group> groups(Set<Role> roles, Collection<StaffUser> staff) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Role role : roles) {
            groups.put(role.groupId(), group(role.groupId(), messages.both(nameKey(role)), ROLE));
        }
        for (StaffUser member : staff) {
            OrgUnit unit = member.getUnit();
            for (Role role : member.getRoles()) {
                groups.computeIfAbsent(
                        role.groupIdIn(unit.getCode()), id -> group(id, unitGroupName(role, unit), UNIT));
            }
        }
        return List.copyOf(groups.values());
    }

    private String unitGroupName(Role role, OrgUnit unit) {
        return messages.zh(nameKey(role)) + " · " + unit.getNameZh() + " / " + messages.en(nameKey(role)) + " · "
                + unit.getNameEn();
    }

    private static String nameKey(Role role) {
        return "role." + role.name();
    }

    private static Group group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }
}
