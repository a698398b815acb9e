/**
 * Online consultation (在线咨询): anyone asks a question without an account, the petition office's routing sends
 * it to the responsible department, whose handlers answer it within its limit; the office or the department's
 * leader may publish the question and answer, screened for personal data, as a public Q&A. Modelled in
 * {@code processes/consultation.bpmn}; see docs/consultation.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Consultation",
        allowedDependencies = {
            "abuse",
            "calendar",
            "complaint",
            "deadline",
            "intake",
            "notification",
            "organization",
            "privacy",
            "process",
            "security",
            "shared"
        })
package org.xinfang.petition.consultation;
