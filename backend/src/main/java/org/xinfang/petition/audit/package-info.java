/**
 * The audit trail (审计日志): an append-only log of every state change and every view of full personal data
 * (who, with which roles and unit, when, what, on which case, from which address), each entry chained to the
 * one before and sealed with an HMAC (HMAC-SHA256 or HMAC-SM3) under an audit key held outside the database, and
 * the chain's head anchored outside the database now and then; so that altering, deleting, renumbering or
 * recomputing any entry, or cutting the tail, is detected, by the database's administrator too.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"calendar", "complaint", "evaluation", "organization", "privacy", "security", "shared"})
package org.xinfang.petition.audit;
