/**
 * Attachments (附件) of a case: files uploaded with a complaint, by the bureau with its reply, by the complainant
 * as supplementary material, or an operator's call recording or scanned letter. The type is detected from the
 * content (Apache Tika) against an allow-list, containers are checked for bombs and external entities, text is
 * extracted within limits, and the file is kept sealed (streaming AES-GCM or SM4-GCM under the data keys) under a
 * generated name in the content store. The complainant's files go only to those who may know the complainant in
 * full, and every download is audited.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Attachments",
        allowedDependencies = {
            "audit",
            "caseview",
            "complaint",
            "organization",
            "privacy",
            "screening",
            "security",
            "web",
            "shared"
        })
package org.xinfang.petition.attachment;
