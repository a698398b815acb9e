package org.xinfang.petition.audit;

/**
 * What to audit: who (login, roles, unit), what, on which case, from where. Personal data never goes in here;
 * a view of it is recorded as the fact of the view.
 */
public record AuditRecord(
        String actor,
        String roles,
        String unit,
        String action,
        String trackingNumber,
        String detail,
        String clientAddress) {}
