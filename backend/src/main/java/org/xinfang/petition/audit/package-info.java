/**
 * The audit trail (审计日志): an append-only log of every state change and every view of full personal data
 * (who, with which roles and unit, when, what, on which case, from which address), each entry chained to the
 * one before by a hash (SHA-256 or SM3), so that altering or deleting any entry is detected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.xinfang.petition.audit;
