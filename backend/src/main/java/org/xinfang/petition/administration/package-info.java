/**
 * 系统管理: the administrator's pages of the workbench (staff accounts, units and roles; the working-day calendar;
 * the audit trail and its verification; the outbox of messages to complainants; the window evaluators; the Open311
 * applications) and the admin API of staff, units, window evaluators and Open311 applications. Every page and
 * endpoint calls the owning module's service; nothing here decides a rule.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Administration",
        allowedDependencies = {
            "audit",
            "calendar",
            "evaluation",
            "messaging",
            "open311",
            "organization",
            "shared",
            "web"
        })
package org.xinfang.petition.administration;
