package org.xinfang.petition.survey;

/** How many people a bureau's service served in a month, as imported for the survey. */
record ImportedCount(String unitCode, PoliceService service, long people) {}
