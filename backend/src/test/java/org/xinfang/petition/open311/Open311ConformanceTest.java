package org.xinfang.petition.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.xinfang.petition.open311.GeoReportClient.childNames;
import static org.xinfang.petition.open311.GeoReportClient.children;
import static org.xinfang.petition.open311.GeoReportClient.exampleRequest;
import static org.xinfang.petition.open311.GeoReportClient.text;
import static org.xinfang.petition.open311.GeoReportClient.xml;

import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.xinfang.petition.complaint.Category;
import org.xinfang.petition.support.ApiTest;

/**
 * Open311 GeoReport v2 against the specification's own examples (wiki.open311.org/GeoReport_v2): each answer has
 * the example's fields, in JSON as an array or object and in XML under the example's root and element names, with
 * the XML declaration and the content types the specification names; errors are its array of code and
 * description.
 */
class Open311ConformanceTest extends ApiTest {

    /** The fields of a service in the example of GET Service List. */
    private static final List<String> SERVICE =
            List.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    /** The fields of an attribute in the example of GET Service Definition. */
    private static final List<String> ATTRIBUTE = List.of(
            "variable", "code", "datatype", "required", "datatype_description", "order", "description", "values");
    /** The fields of a request in the example of GET Service Requests that we give (no location of a case). */
    private static final List<String> REQUEST = List.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address");

    @LocalServerPort
    int port;

    private GeoReportClient client;

    @BeforeEach
    void client() {
        client = new GeoReportClient(port, api);
    }

    @Test
    void theServiceListIsTheExamplesArrayInJsonAndItsServicesElementInXml() {
        JsonPath json = client.get("/services.json")
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .extract()
                .jsonPath();
        List<Map<String, Object>> services = json.getList("");
        assertThat(services)
                .extracting(service -> service.get("service_code"))
                .containsExactlyElementsOf(
                        Arrays.stream(Category.values()).map(Category::name).toList());
        for (Map<String, Object> service : services) {
            assertThat(service).containsOnlyKeys(SERVICE);
            assertThat(service).containsEntry("metadata", true).containsEntry("type", "realtime");
            assertThat((String) service.get("service_name")).isNotBlank();
        }

        Element root = xml(client.get("/services.xml").statusCode(200)).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("services");
        assertThat(childNames(root)).hasSize(Category.values().length).containsOnly("service");
        Element first = children(root, "service").get(0);
        assertThat(childNames(first)).containsExactlyInAnyOrderElementsOf(SERVICE);
        assertThat(text(first, "service_code")).isEqualTo(Category.values()[0].name());
        assertThat(text(first, "metadata")).isEqualTo("true");
        assertThat(text(first, "type")).isEqualTo("realtime");
    }

    @Test
    void aResourceWithoutSuffixIsXmlTheFormatTheSpecificationRequires() {
        assertThat(xml(client.get("/services").statusCode(200))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("services");
    }

    @Test
    void theServiceDefinitionIsTheExamplesObjectWithAttributesAndValues() {
        JsonPath json =
                client.get("/services/TRAFFIC.json").statusCode(200).extract().jsonPath();
        assertThat(json.getString("service_code")).isEqualTo("TRAFFIC");
        List<Map<String, Object>> attributes = json.getList("attributes");
        for (Map<String, Object> attribute : attributes) {
            assertThat(attribute).containsOnlyKeys(ATTRIBUTE);
        }
        assertThat(attributes)
                .extracting(attribute -> attribute.get("code"))
                .containsExactly("name", "id_number", "phone", "address", "region", "subject", "confidential");
        assertThat(attributes).extracting(attribute -> attribute.get("order")).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(json.getList("attributes.findAll { it.required }.code"))
                .as("the real-name fields, the region and the subject are required, as our intake requires them")
                .containsExactly("name", "id_number", "phone", "address", "region", "subject");
        assertThat(json.getString("attributes.find { it.code == 'region' }.datatype"))
                .isEqualTo("singlevaluelist");
        assertThat(json.getList("attributes.find { it.code == 'region' }.values.key"))
                .contains("640104");
        assertThat(json.getMap("attributes.find { it.code == 'region' }.values[0]"))
                .containsOnlyKeys("key", "name");

        Element root = xml(client.get("/services/TRAFFIC.xml").statusCode(200)).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(childNames(root)).containsExactly("service_code", "attributes");
        Element list = children(root, "attributes").get(0);
        assertThat(childNames(list)).hasSize(7).containsOnly("attribute");
        Element region = children(list, "attribute").stream()
                .filter(attribute -> text(attribute, "code").equals("region"))
                .findFirst()
                .orElseThrow();
        assertThat(childNames(region)).containsExactlyInAnyOrderElementsOf(ATTRIBUTE);
        Element values = children(region, "values").get(0);
        assertThat(childNames(values)).containsOnly("value");
        assertThat(childNames(children(values, "value").get(0))).containsExactly("key", "name");
    }

    @Test
    void theExampleRequestIsFiledAndAnsweredWithTheExamplesFieldsInJsonAndXml() {
        String apiKey = client.apiKey();
        JsonPath json = client.post(".json", exampleRequest(apiKey))
                .statusCode(201)
                .contentType(startsWith("application/json"))
                .extract()
                .jsonPath();
        assertThat(json.getList("")).hasSize(1);
        assertThat(json.getMap("[0]")).containsOnlyKeys("service_request_id", "service_notice", "account_id");
        assertThat(json.getString("[0].service_request_id")).matches("XF\\d{8}-640104-[A-Z0-9]{6}");
        assertThat(json.getString("[0].account_id")).isEqualTo("123456");

        Element root =
                xml(client.post(".xml", exampleRequest(apiKey)).statusCode(201)).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        assertThat(childNames(root)).containsExactly("request");
        Element request = children(root, "request").get(0);
        assertThat(childNames(request)).containsExactly("service_request_id", "service_notice", "account_id");
        assertThat(text(request, "service_request_id")).startsWith("XF");
    }

    @Test
    void aRequestIsTheExamplesRequestInJsonAndXml() {
        String number = client.file(exampleRequest(client.apiKey()));

        JsonPath json = client.get("/requests/" + number + ".json")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getList("")).hasSize(1);
        assertThat(json.getMap("[0]")).containsOnlyKeys(REQUEST);
        assertThat(json.getString("[0].service_request_id")).isEqualTo(number);
        assertThat(json.getString("[0].status")).isEqualTo("open");
        assertThat(json.getString("[0].requested_datetime"))
                .as("w3 format with the time zone")
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

        Element root =
                xml(client.get("/requests/" + number + ".xml").statusCode(200)).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("service_requests");
        Element request = children(root, "request").get(0);
        assertThat(childNames(request)).containsExactlyElementsOf(REQUEST);
        assertThat(text(request, "status")).isEqualTo("open");

        Element list = xml(client.get("/requests.xml?service_request_id=" + number)
                        .statusCode(200))
                .getDocumentElement();
        assertThat(list.getTagName()).isEqualTo("service_requests");
        assertThat(childNames(list)).containsExactly("request");
    }

    @Test
    void aTokenIsAnsweredWithTheExamplesServiceRequestIdAndToken() {
        String number = client.file(exampleRequest(client.apiKey()));

        JsonPath json = client.get("/tokens/" + number + ".json")
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getMap("[0]")).containsOnlyKeys("service_request_id", "token");
        assertThat(json.getString("[0].service_request_id")).isEqualTo(number);
        assertThat(json.getString("[0].token")).isEqualTo(number);

        Element request = children(
                        xml(client.get("/tokens/" + number + ".xml").statusCode(200))
                                .getDocumentElement(),
                        "request")
                .get(0);
        assertThat(childNames(request)).containsExactly("service_request_id", "token");
        client.get("/tokens/XF20000101-640104-AAAAAA.json").statusCode(404);
    }

    @Test
    void errorsAreTheExamplesArrayOfCodeAndDescription() {
        Map<String, String> withoutKey = exampleRequest("xfo_wrong");
        JsonPath json =
                client.post(".json", withoutKey).statusCode(403).extract().jsonPath();
        assertThat(json.getList("")).hasSize(1);
        assertThat(json.getMap("[0]")).containsOnlyKeys("code", "description");
        assertThat(json.getInt("[0].code")).isEqualTo(403);
        assertThat(json.getString("[0].description")).contains("api_key");

        Element root = xml(client.post(".xml", withoutKey).statusCode(403)).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("errors");
        Element error = children(root, "error").get(0);
        assertThat(childNames(error)).containsExactly("code", "description");
        assertThat(text(error, "code")).isEqualTo("403");

        assertThat(client.get("/services/NO_SUCH_SERVICE.json")
                        .statusCode(404)
                        .extract()
                        .jsonPath()
                        .getInt("[0].code"))
                .isEqualTo(404);
        assertThat(xml(client.get("/requests/XF20000101-640104-AAAAAA.xml").statusCode(404))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("errors");
        assertThat(client.get("/services.json?jurisdiction_id=sfgov.org")
                        .statusCode(404)
                        .extract()
                        .jsonPath()
                        .getString("[0].description"))
                .contains("sfgov.org");
        client.get("/services.json?jurisdiction_id=640000").statusCode(200);
    }
}
