package org.xinfang.petition.survey;

import java.time.Instant;
import java.util.Map;

/**
 * A call of the list as a clerk sees it: whom to call (the full name and phone, a view that is audited), what about
 * (the case, or the service used), its place in its stratum's draw, and where the call stands.
 */
record CallView(
        long id,
        SurveySource source,
        String unitCode,
        int position,
        String trackingNumber,
        PoliceService service,
        String name,
        String phone,
        CallStatus status,
        int tries,
        String calledBy,
        Instant calledAt,
        Map<String, String> answers,
        Boolean satisfied) {}
