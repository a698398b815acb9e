package org.xinfang.petition.open311;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xinfang.petition.screening.Complainants;
import org.xinfang.petition.support.Api;
import org.xinfang.petition.support.Logins;

/** An Open311 client of the running application, with the specification's example request to file. */
final class GeoReportClient {

    static final String NAME = "王秀英";
    static final String PHONE = "13912345678";
    static final String ADDRESS = "宁夏银川市兴庆区文化街88号";

    private final int port;
    private final Api api;

    GeoReportClient(int port, Api api) {
        this.port = port;
        this.api = api;
    }

    RequestSpecification open311() {
        return given().port(port).basePath("/open311/v2");
    }

    /** Registers an application as an administrator; returns its id and api_key. */
    Map<String, Object> registerApplication(String name) {
        return api.as(Logins.ADMIN)
                .body(Map.of("name", name))
                .post("/admin/open311-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
    }

    String apiKey() {
        Map<String, Object> registered = registerApplication("市民服务 App");
        return (String) registered.get("key");
    }

    /**
     * The specification's example request (POST Service Request) with our service and attributes: a location,
     * the submitter's e-mail, device and account, first and last name, phone, description and media, and the
     * service's attributes in {@code attribute[code]=value} form. A new resident ID number each time.
     */
    static Map<String, String> exampleRequest(String apiKey) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("jurisdiction_id", "640000");
        form.put("service_code", "TRAFFIC");
        form.put("lat", "38.4872");
        form.put("long", "106.2309");
        form.put("address_string", ADDRESS);
        form.put("email", "wang.xiuying@example.cn");
        form.put("device_id", "tt222111");
        form.put("account_id", "123456");
        form.put("first_name", "秀英");
        form.put("last_name", "王");
        form.put("phone", PHONE);
        form.put("description", "解放街与文化街路口信号灯长时间故障，交警未到场疏导。");
        form.put("media_url", "https://example.cn/photo/2212426634.jpg");
        form.put("attribute[id_number]", Complainants.newIdNumber());
        form.put("attribute[region]", Logins.XINGQING_REGION);
        form.put("attribute[subject]", "路口信号灯故障无人处理");
        return form;
    }

    /** The form sent as the specification sends it: URL-encoded UTF-8. */
    RequestSpecification form(Map<String, String> form) {
        return open311()
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParams(form);
    }

    ValidatableResponse post(String format, Map<String, String> form) {
        return form(form).post("/requests" + format).then();
    }

    /** Files the example request; returns the new request's id. */
    String file(Map<String, String> form) {
        return post(".json", form).statusCode(201).extract().jsonPath().getString("[0].service_request_id");
    }

    ValidatableResponse get(String path) {
        return open311().get(path).then();
    }

    /** An XML answer as a document, after checking its declaration and content type. */
    static Document xml(ValidatableResponse response) {
        String body = response.contentType(org.hamcrest.Matchers.startsWith("text/xml"))
                .extract()
                .asString();
        assertThat(body).startsWith("<?xml version=");
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    /** The names of an element's child elements, in order. */
    static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                names.add(e.getTagName());
            }
        }
        return names;
    }

    static List<Element> children(Element element, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element element, String child) {
        return children(element, child).get(0).getTextContent();
    }
}
