/**
 * 个人信息保存期限 (PIPL art. 19, 47): once a closed case has been kept for the configured period, its complainant's
 * personal data, contacts and attachment files are erased, every night on every node, each case audited and each
 * run summed up in the audit trail; what the statistics count stays (see docs/privacy.md, "Retention").
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Retention of personal data",
        allowedDependencies = {"audit", "complaint", "consultation", "shared", "survey"})
package org.xinfang.petition.retention;
