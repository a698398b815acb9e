package org.xinfang.petition.open311;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;
import org.xinfang.petition.abuse.Submitter;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.intake.FileComplaintRequest;
import org.xinfang.petition.intake.FiledComplaint;
import org.xinfang.petition.intake.IdempotentFiling;
import org.xinfang.petition.shared.Messages;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.web.PageErrors;

/**
 * {@code POST requests}: a GeoReport request read as our filing request and filed through intake's {@link
 * IdempotentFiling}, the use case our own API and the portal file through, with the same checks, the same
 * {@code Idempotency-Key} and the same refusals; the application named by its api_key is counted under its own
 * limit. The real-name fields are the service's attributes; the specification's own fields fill in what an
 * attribute leaves out ({@code address_string} the address, {@code last_name} and {@code first_name} the name,
 * {@code phone} the phone). Locations ({@code lat}, {@code long}, {@code address_id}) are not kept: a case has no
 * location of its own.
 */
@Service
class Open311Filing {

    /** Our request's fields as a GeoReport client names them, for its refusals. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "complainant.name", attribute(ServiceCatalogue.FormAttribute.NAME),
            "complainant.idNumber", attribute(ServiceCatalogue.FormAttribute.ID_NUMBER),
            "complainant.phone", attribute(ServiceCatalogue.FormAttribute.PHONE),
            "complainant.address", attribute(ServiceCatalogue.FormAttribute.ADDRESS),
            "complainant.email", "email",
            "region", attribute(ServiceCatalogue.FormAttribute.REGION),
            "subject", attribute(ServiceCatalogue.FormAttribute.SUBJECT),
            "content", "description",
            "confidential", attribute(ServiceCatalogue.FormAttribute.CONFIDENTIAL),
            "category", "service_code");

    private final IdempotentFiling filing;
    private final Open311Clients clients;
    private final PageErrors requestChecks;
    private final Messages messages;

    Open311Filing(IdempotentFiling filing, Open311Clients clients, PageErrors requestChecks, Messages messages) {
        this.filing = filing;
        this.clients = clients;
        this.requestChecks = requestChecks;
        this.messages = messages;
    }

    /**
     * Files the request. The api_key is checked first (403), then the service (404), then the
     * request as our API checks its body (400, naming the attributes); the tracking number is the new request's
     * id, and the one-time query code is told in the notice, for the citizen's own lookup.
     */
    GeoReport.Created file(MultiValueMap<String, String> form, String idempotencyKey) {
        Submitter application = clients.submitterOf(form.getFirst("api_key"));
        String serviceCode = form.getFirst("service_code");
        if (serviceCode == null || serviceCode.isBlank()) {
            throw PetitionException.invalid("service_code", "constraint.NotBlank");
        }
        Category category = ServiceCatalogue.category(serviceCode.strip());
        FileComplaintRequest request = requestOf(form, category);
        List<PetitionException.FieldViolation> violations = requestChecks.check(request);
        if (!violations.isEmpty()) {
            throw PetitionException.invalid(violations);
        }
        FiledComplaint filed = filing.file(request, idempotencyKey, application);
        return new GeoReport.Created(
                filed.trackingNumber(),
                messages.both("open311.filed-notice", filed.trackingNumber(), filed.queryCode()),
                form.getFirst("account_id"));
    }

    /** The name a GeoReport client knows one of our request's fields by; the field itself when it has none. */
    static String parameterOf(String field) {
        return PARAMETERS.getOrDefault(field, field);
    }

    private static FileComplaintRequest requestOf(MultiValueMap<String, String> form, Category category) {
        String name = attribute(form, ServiceCatalogue.FormAttribute.NAME)
                .orElseGet(() -> joined(form.getFirst("last_name"), form.getFirst("first_name")));
        String phone = attribute(form, ServiceCatalogue.FormAttribute.PHONE).orElse(form.getFirst("phone"));
        String address =
                attribute(form, ServiceCatalogue.FormAttribute.ADDRESS).orElse(form.getFirst("address_string"));
        return new FileComplaintRequest(
                new FileComplaintRequest.ComplainantDetails(
                        name,
                        attribute(form, ServiceCatalogue.FormAttribute.ID_NUMBER)
                                .orElse(null),
                        phone,
                        address,
                        blankAsNull(form.getFirst("email"))),
                category,
                null,
                attribute(form, ServiceCatalogue.FormAttribute.REGION).orElse(null),
                null,
                attribute(form, ServiceCatalogue.FormAttribute.SUBJECT).orElse(null),
                form.getFirst("description"),
                null,
                confidential(form),
                null,
                null);
    }

    private static Boolean confidential(MultiValueMap<String, String> form) {
        return attribute(form, ServiceCatalogue.FormAttribute.CONFIDENTIAL)
                .map(value -> switch (value) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw PetitionException.invalid("confidential", "constraint.unreadable");
                })
                .orElse(null);
    }

    private static Optional<String> attribute(MultiValueMap<String, String> form, ServiceCatalogue.FormAttribute a) {
        return Optional.ofNullable(blankAsNull(form.getFirst(attribute(a))));
    }

    private static String attribute(ServiceCatalogue.FormAttribute attribute) {
        return "attribute[" + attribute.code + "]";
    }

    /** A Chinese name is written family name first. */
    private static String joined(String familyName, String givenName) {
        String joined = (familyName == null ? "" : familyName.strip()) + (givenName == null ? "" : givenName.strip());
        return joined.isEmpty() ? null : joined;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
