package org.xinfang.petition.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/**
 * The GeoReport v2 documents, named as the specification names their fields and elements. A list answer is a bare
 * array in JSON and, in XML, a root element repeating one child per item (the specification's Spark convention):
 * the roots below say which. A field we have no value for is sent empty (JSON {@code null}, an empty element), as in
 * the specification's examples.
 */
final class GeoReport {

    private GeoReport() {}

    /** One service of {@code GET services}: one of our categories. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Service(
            @JsonProperty("service_code") String serviceCode,
            @JsonProperty("service_name") String serviceName,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    /** {@code GET services/{code}}: the intake form's fields as the service's attributes. */
    @JacksonXmlRootElement(localName = "service_definition")
    record ServiceDefinition(
            @JsonProperty("service_code") String serviceCode,

            @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute")
            List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            int order,
            String description,

            @JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value")
            List<Value> values) {}

    record Value(String key, String name) {}

    /** The answer to {@code POST requests}: the new request's id, at once (our services are realtime). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Created(
            @JsonProperty("service_request_id") String serviceRequestId,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("account_id") String accountId) {}

    /** The answer to {@code GET tokens/{token}}. */
    record Token(@JsonProperty("service_request_id") String serviceRequestId, String token) {}

    /** One request of {@code GET requests} and {@code GET requests/{id}}: the public view of a case. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Request(
            @JsonProperty("service_request_id") String serviceRequestId,
            String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            String description,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") String requestedDatetime,
            @JsonProperty("updated_datetime") String updatedDatetime,
            @JsonProperty("expected_datetime") String expectedDatetime,
            String address) {}

    /** One error of an error answer. */
    record Failure(int code, String description) {}

    /** {@code <services>}: one {@code <service>} per item. */
    @JacksonXmlRootElement(localName = "services")
    record Services(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service")
            List<Service> items) {}

    /** {@code <service_requests>}: one {@code <request>} per item (created, token or request). */
    @JacksonXmlRootElement(localName = "service_requests")
    record ServiceRequests(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request")
            List<?> items) {}

    /** {@code <errors>}: one {@code <error>} per item. */
    @JacksonXmlRootElement(localName = "errors")
    record Errors(
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error")
            List<Failure> items) {}
}
