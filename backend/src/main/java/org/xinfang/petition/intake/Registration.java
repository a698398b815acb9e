package org.xinfang.petition.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.complaint.Channel;
import org.xinfang.petition.complaint.Urgency;
import org.xinfang.petition.messaging.NotifyBy;

/**
 * A filing as it will be registered: checked and normalised (the ID number with X, the phone in E.164, names and
 * texts stripped, defaults applied, the e-mail for messages stripped), with the operator who enters it (null for a citizen online). Two requests
 * that differ only in how a citizen typed the same thing are the same registration.
 */
record Registration(
        String name,
        ResidentIdNumber idNumber,
        String phone,
        String address,
        Category category,
        Urgency urgency,
        String region,
        Channel channel,
        String subject,
        String content,
        String operator,
        Integer coComplainants,
        boolean confidential,
        String accusedUnit,
        String accusedOfficer,
        String email,
        NotifyBy notifyBy) {

    /** A fixed mapper, not the application's: the canonical form must not change with the web settings. */
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    /** Everything that makes this registration what it is, as bytes in a fixed order (for a fingerprint). */
    byte[] canonical() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("idNumber", idNumber.value());
        fields.put("phone", phone);
        fields.put("address", address);
        fields.put("category", category.name());
        fields.put("urgency", urgency.name());
        fields.put("region", region);
        fields.put("channel", channel.name());
        fields.put("subject", subject);
        fields.put("content", content);
        fields.put("operator", operator);
        if (coComplainants != null) {
            fields.put("coComplainants", coComplainants.toString());
        }
        if (confidential || accusedUnit != null || accusedOfficer != null) {
            fields.put("confidential", Boolean.toString(confidential));
            fields.put("accusedUnit", accusedUnit);
            fields.put("accusedOfficer", accusedOfficer);
        }
        fields.put("email", email);
        fields.put("notifyBy", notifyBy.name());
        try {
            return CANONICAL.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings always serialise", e);
        }
    }
}
