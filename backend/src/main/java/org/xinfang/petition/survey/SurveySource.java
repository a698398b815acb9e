package org.xinfang.petition.survey;

/** Where the people of a survey come from: complainants of cases whose limit ran out, or imported service users. */
public enum SurveySource {
    COMPLAINANTS,
    SERVICE_USERS
}
