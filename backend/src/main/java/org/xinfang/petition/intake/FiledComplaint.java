package org.xinfang.petition.intake;

/** What the complainant gets back: the tracking number and the query code, shown this once and never again. */
public record FiledComplaint(String trackingNumber, String queryCode) {}
