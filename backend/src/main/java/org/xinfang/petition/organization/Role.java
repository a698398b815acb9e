package org.xinfang.petition.organization;

/** The roles a staff member can hold; each is also a group in the process engine. */
public enum Role {
    /** 信访办工作人员: registers, triages, dispatches and calls back. */
    CLERK("clerk"),
    /** 承办人: signs for, handles and replies. */
    HANDLER("handler"),
    /** 承办单位负责人: approves replies and extensions. */
    BUREAU_LEADER("bureau-leader"),
    /** 督查: watches deadlines, reviews disputed cases, supervises. */
    INSPECTOR("inspector"),
    /**
     * 纪检监察: watches the conduct of officers and units, a role of its own beside the inspectors. Sees the cases
     * about an officer's or a unit's conduct in its unit and below, issues supervision orders on them, raises and
     * concludes accountability, and records inspection visits.
     */
    DISCIPLINE_INSPECTOR("discipline-inspector"),
    /**
     * 信访办负责人: approves the office's refusals (否定报备: not accepting a case, merging it as a repeat) before the
     * complainant is told, and issues the office's supervision orders (信访督办) to the bureaus; usually also a clerk of
     * the office.
     */
    OFFICE_LEADER("office-leader"),
    /** 话务员 / 窗口: enters complaints on a citizen's behalf. */
    OPERATOR("operator"),
    /** 管理员: users, organisation, calendar, time limits; also the engine's administrator. */
    ADMIN("operaton-admin");

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    /** The engine group that every holder of the role belongs to. */
    public String groupId() {
        return groupId;
    }

    /** The engine group of the holders of this role in one unit, e.g. {@code handler@psb-640104}. */
    public String groupIdIn(String unitCode) {
        return groupId + "@" + unitCode;
    }
}
