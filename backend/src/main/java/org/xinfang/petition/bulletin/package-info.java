/**
 * 考核通报: the monthly bulletin of a closed month, as a PDF (the Chinese font embedded, subset) and an Excel
 * workbook: the ranking with grades and honours eligibility, each bureau's indicators, the change against the month
 * before, a chart of the scores and the cases left out (剔除). Generated on request or by the monthly job, from the
 * assessment's {@link org.xinfang.petition.assessment.PublishedResults}; kept in the database, each regeneration a
 * new version (see {@code docs/bulletin.md}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Bulletin",
        allowedDependencies = {"assessment", "audit", "organization", "security", "shared", "web"})
package org.xinfang.petition.bulletin;
