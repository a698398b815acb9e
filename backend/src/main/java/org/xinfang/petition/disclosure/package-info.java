/**
 * Publication of complaint replies (答复公开): the petition office proposes a replied case's reply with public
 * versions of the complaint's summary and of the reply, screened for personal data; an inspector other than the
 * proposer reviews its confidentiality (保密审查) in {@code processes/reply-disclosure.bpmn}; published replies are
 * listed and searched by everyone until the office withdraws them. See docs/disclosure.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Disclosure",
        allowedDependencies = {"audit", "complaint", "organization", "privacy", "process", "security", "shared"})
package org.xinfang.petition.disclosure;
