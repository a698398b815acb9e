/**
 * Notifications to staff (站内提醒): deadline warnings, overdue cases and supervision orders reach the handlers
 * and leaders of the unit concerned, who read them in their inbox.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"absence", "complaint", "organization", "security", "shared"})
package org.xinfang.petition.notification;
