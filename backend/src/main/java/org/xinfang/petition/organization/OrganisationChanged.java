package org.xinfang.petition.organization;

/**
 * An administrator changed a staff account or a unit (published in the change's transaction, so that the audit
 * entry exists exactly when the change does). {@code action} names the change, such as {@code STAFF_CREATED};
 * {@code detail} says what changed, never a password.
 */
public record OrganisationChanged(String action, String subject, String detail) {}
