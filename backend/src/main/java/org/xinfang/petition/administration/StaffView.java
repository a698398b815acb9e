package org.xinfang.petition.administration;

import java.util.List;
import org.xinfang.petition.organization.Role;
import org.xinfang.petition.organization.StaffUser;

/**
 * A staff account as the admin API shows it: never its password hash; {@code directoryAccount} when the staff
 * directory keeps its password, unit and roles (docs/directory.md).
 */
record StaffView(
        String username,
        String displayName,
        String unit,
        String unitNameZh,
        String unitNameEn,
        List<Role> roles,
        boolean enabled,
        boolean directoryAccount) {

    static StaffView of(StaffUser member) {
        return new StaffView(
                member.getUsername(),
                member.getDisplayName(),
                member.getUnit().getCode(),
                member.getUnit().getNameZh(),
                member.getUnit().getNameEn(),
                member.getRoles().stream().sorted().toList(),
                member.isEnabled(),
                member.isDirectoryAccount());
    }
}
