package org.xinfang.petition.organization;

/** What a unit does. */
public enum UnitKind {
    /** 公安厅 / 公安局: signs for and handles the cases dispatched to it. */
    PUBLIC_SECURITY_BUREAU,
    /** 信访办: registers, triages, dispatches and calls back. */
    PETITION_OFFICE
}
