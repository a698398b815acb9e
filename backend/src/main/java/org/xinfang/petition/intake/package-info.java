/**
 * Intake (登记): filing a real-name complaint online or through an operator (hotline, letter, mailbox, walk-in): the
 * request and its real-name checks (names, resident ID numbers, phones, addresses), registration with the process
 * started, the tracking number and the one-time query code (查询码, {@code QueryCodes}, also for consultations). What
 * the citizen does afterwards with that code is in {@code selfservice}; the submission limit and a filing's
 * {@code Idempotency-Key} are kept by {@code abuse}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Intake",
        allowedDependencies = {
            "abuse",
            "attachment",
            "complaint",
            "messaging",
            "organization",
            "privacy",
            "security",
            "shared"
        })
package org.xinfang.petition.intake;
