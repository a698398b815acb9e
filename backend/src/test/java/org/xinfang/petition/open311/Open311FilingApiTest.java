package org.xinfang.petition.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.xinfang.petition.open311.GeoReportClient.ADDRESS;
import static org.xinfang.petition.open311.GeoReportClient.exampleRequest;
import static org.xinfang.petition.support.Complaints.webComplaint;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.petition.privacy.BlindIndex;
import org.xinfang.petition.support.ApiTest;
import org.xinfang.petition.support.Logins;

/**
 * Filing through Open311 is filing through our intake: a real case, the same checks and messages (named by the
 * client's attribute), the same idempotency, and an application's api_key that an administrator issues once,
 * revokes, and whose filings are counted under its own limit.
 */
class Open311FilingApiTest extends ApiTest {

    /** The submission limit keeps its count under this keyed hash of the submitter (abuse.SubmissionRateLimit). */
    private static final String COUNTED_AS = "submission-client-address";

    private static final Pattern QUERY_CODE = Pattern.compile("查询码为 (\\S+)：");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BlindIndex blindIndex;

    private GeoReportClient client;

    @BeforeEach
    void client() {
        client = new GeoReportClient(port, api);
    }

    @Test
    void aFilingIsARealCaseInOurApiWithTheRealNameFieldsAsSent() {
        Map<String, String> form = exampleRequest(client.apiKey());
        String number = client.file(form);

        JsonPath detail = complaints.detail(number);
        assertThat(detail.getString("status")).isEqualTo("PENDING_TRIAGE");
        assertThat(detail.getString("category")).isEqualTo("TRAFFIC");
        assertThat(detail.getString("channel")).isEqualTo("WEB");
        assertThat(detail.getString("region.code")).isEqualTo(Logins.XINGQING_REGION);
        assertThat(detail.getString("subject")).isEqualTo(form.get("attribute[subject]"));
        assertThat(detail.getString("content")).isEqualTo(form.get("description"));
        assertThat(detail.getList("timeline.type")).containsExactly("REGISTERED");
        JsonPath complainant = complaints.complainant(number);
        assertThat(complainant.getString("name"))
                .as("last_name and first_name, family name first, when the name attribute is left out")
                .isEqualTo("王秀英");
        assertThat(complainant.getString("idNumber")).isEqualTo(form.get("attribute[id_number]"));
        assertThat(complainant.getString("phone")).isEqualTo("+8613912345678");
        assertThat(complainant.getString("address"))
                .as("address_string as the address")
                .isEqualTo(ADDRESS);
    }

    @Test
    void theAttributesComeBeforeTheSpecificationsOwnFields() {
        Map<String, String> form = exampleRequest(client.apiKey());
        form.put("attribute[name]", "李建国");
        form.put("attribute[address]", "宁夏银川市金凤区北京中路1号");
        form.put("attribute[phone]", "0951-1234567");
        String number = client.file(form);

        JsonPath complainant = complaints.complainant(number);
        assertThat(complainant.getString("name")).isEqualTo("李建国");
        assertThat(complainant.getString("address")).isEqualTo("宁夏银川市金凤区北京中路1号");
        assertThat(complainant.getString("phone")).isEqualTo("+869511234567");
    }

    @Test
    void theNoticesQueryCodeOpensTheCaseForTheCitizen() {
        JsonPath filed = client.post(".json", exampleRequest(client.apiKey()))
                .statusCode(201)
                .extract()
                .jsonPath();
        String number = filed.getString("[0].service_request_id");
        Matcher code = QUERY_CODE.matcher(filed.getString("[0].service_notice"));
        assertThat(code.find()).isTrue();

        api.anonymous()
                .body(Map.of("trackingNumber", number, "queryCode", code.group(1)))
                .post("/lookup")
                .then()
                .statusCode(200)
                .body("status", notNullValue());
    }

    @Test
    void aMissingRealNameIsRefusedWithOurIntakesMessageNamingTheAttribute() {
        Map<String, Object> withoutName = webComplaint();
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) withoutName.get("complainant");
        person.remove("name");
        String intakes = api.anonymous()
                .body(withoutName)
                .post("/complaints")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath()
                .getString("errors.find { it.field == 'complainant.name' }.message");
        Map<String, String> form = exampleRequest(client.apiKey());
        form.remove("first_name");
        form.remove("last_name");
        int cases = caseCount();

        JsonPath refused = client.post(".json", form).statusCode(400).extract().jsonPath();

        assertThat(refused.getList("description")).containsExactly("attribute[name]: " + intakes);
        assertThat(refused.getInt("[0].code")).isEqualTo(400);
        assertThat(caseCount()).as("nothing filed").isEqualTo(cases);
    }

    @Test
    void eachBadFieldIsRefusedAsOurIntakeRefusesIt() {
        String wrong = "11010519491231002Y";
        Map<String, Object> complaint = webComplaint();
        complaint.remove("subject");
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) complaint.get("complainant");
        person.put("idNumber", wrong);
        JsonPath intakes = api.anonymous()
                .body(complaint)
                .post("/complaints")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        Map<String, String> form = exampleRequest(client.apiKey());
        form.put("attribute[id_number]", wrong);
        form.remove("attribute[subject]");

        JsonPath refused = client.post(".json", form).statusCode(400).extract().jsonPath();

        assertThat(refused.getList("description"))
                .containsExactlyInAnyOrder(
                        "attribute[id_number]: "
                                + intakes.getString("errors.find { it.field == 'complainant.idNumber' }.message"),
                        "attribute[subject]: " + intakes.getString("errors.find { it.field == 'subject' }.message"));
        assertThat(refused.getList("code")).containsOnly(400);
    }

    @Test
    void anUnknownServiceIsNotFoundAndAMissingOneIsBadInput() {
        Map<String, String> form = exampleRequest(client.apiKey());
        form.put("service_code", "POTHOLE");
        assertThat(client.post(".json", form)
                        .statusCode(404)
                        .extract()
                        .jsonPath()
                        .getString("[0].description"))
                .contains("POTHOLE");
        form.remove("service_code");
        assertThat(client.post(".json", form)
                        .statusCode(400)
                        .extract()
                        .jsonPath()
                        .getString("[0].description"))
                .startsWith("service_code: ");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyFilesOnce() {
        Map<String, String> form = exampleRequest(client.apiKey());
        int cases = caseCount();

        String first = filedWithKey(form, "open311-retry-" + form.get("attribute[id_number]"));
        String again = filedWithKey(form, "open311-retry-" + form.get("attribute[id_number]"));

        assertThat(again).isEqualTo(first);
        assertThat(caseCount()).isEqualTo(cases + 1);
    }

    @Test
    void aMissingUnknownOrRevokedApiKeyIsRefusedAndFilesNothing() {
        Map<String, Object> registered = client.registerApplication("区县便民 App");
        String key = (String) registered.get("key");
        long id = ((Number) ((Map<?, ?>) registered.get("client")).get("id")).longValue();
        client.file(exampleRequest(key));
        int cases = caseCount();

        Map<String, String> withoutKey = exampleRequest(key);
        withoutKey.remove("api_key");
        client.post(".json", withoutKey).statusCode(403);
        client.post(".json", exampleRequest(withLastCharacterChanged(key))).statusCode(403);
        api.as(Logins.ADMIN)
                .post("/admin/open311-clients/{id}/revoke", id)
                .then()
                .statusCode(200)
                .body("revokedBy", org.hamcrest.Matchers.equalTo(Logins.ADMIN));
        JsonPath revoked = client.post(".json", exampleRequest(key))
                .statusCode(403)
                .extract()
                .jsonPath();

        assertThat(revoked.getInt("[0].code")).isEqualTo(403);
        assertThat(caseCount()).isEqualTo(cases);
        api.as(Logins.ADMIN)
                .post("/admin/open311-clients/{id}/revoke", id)
                .then()
                .statusCode(409);
    }

    /** A key one character off: its last changed to another (a random key can end in "A" already). */
    private static String withLastCharacterChanged(String key) {
        char last = key.charAt(key.length() - 1);
        return key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    @Test
    void registeringAndRevokingAnApplicationAreAuditedWithoutItsKey() {
        Map<String, Object> registered = client.registerApplication("审计测试 App");
        String key = (String) registered.get("key");
        long id = ((Number) ((Map<?, ?>) registered.get("client")).get("id")).longValue();
        api.as(Logins.ADMIN)
                .post("/admin/open311-clients/{id}/revoke", id)
                .then()
                .statusCode(200);

        assertThat(jdbc.queryForList(
                        "select action from audit_log where actor = ? and (detail = ? or detail like ?) order by id",
                        String.class,
                        Logins.ADMIN,
                        "open311 client " + id,
                        "open311 client " + id + " %"))
                .containsExactly("OPEN311_CLIENT_REGISTERED", "OPEN311_CLIENT_REVOKED");
        assertThat(jdbc.queryForList("select detail from audit_log where detail like 'open311 client%'", String.class))
                .noneMatch(detail -> detail.contains(key));
    }

    @Test
    void theApiKeyIsShownOnceKeptAsItsKeyedHashAndIssuedByAdministratorsOnly() {
        Map<String, Object> registered = client.registerApplication("市民服务 App");
        String key = (String) registered.get("key");
        assertThat(key).matches("xfo_[A-Za-z0-9_-]{43}");

        String list = api.as(Logins.ADMIN)
                .get("/admin/open311-clients")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(list).contains("市民服务 App").doesNotContain(key).doesNotContain("\"key");
        long id = ((Number) ((Map<?, ?>) registered.get("client")).get("id")).longValue();
        assertThat(jdbc.queryForObject("select key_hash from open311_client where id = ?", String.class, id))
                .matches("[0-9a-f]{64}")
                .doesNotContain(key.substring(4));
        api.as(Logins.CLERK)
                .body(Map.of("name", "自行登记"))
                .post("/admin/open311-clients")
                .then()
                .statusCode(403);
        api.as(Logins.ADMIN)
                .body(Map.of("name", " "))
                .post("/admin/open311-clients")
                .then()
                .statusCode(400);
    }

    @Test
    void anApplicationIsCountedUnderItsOwnLimitNotAsAClientAddress() {
        Map<String, Object> registered = client.registerApplication("限额测试 App");
        String key = (String) registered.get("key");
        long id = ((Number) ((Map<?, ?>) registered.get("client")).get("id")).longValue();
        String countedAs = blindIndex.of(COUNTED_AS, "application:open311:" + id);
        client.file(exampleRequest(key));
        assertThat(submissionsOf(countedAs))
                .as("counted, although loopback is an exempt client address")
                .isEqualTo(1);

        jdbc.update("update submission_allowance set submissions = 100 where address_hash = ?", countedAs);
        int cases = caseCount();
        var refused = client.post(".json", exampleRequest(key)).statusCode(429);

        assertThat(refused.extract().header("Retry-After")).isNotNull();
        assertThat(refused.extract().jsonPath().getInt("[0].code")).isEqualTo(429);
        assertThat(submissionsOf(countedAs)).isEqualTo(100);
        assertThat(caseCount()).isEqualTo(cases);
        client.file(exampleRequest(client.apiKey()));
    }

    @Test
    void ourJsonApiStillAnswersJsonWhateverTheClientAcceptsWithJacksonXmlAtHand() {
        for (String accept : List.of(
                "*/*",
                "application/json, text/xml;q=0.9",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            api.anonymous()
                    .accept(accept)
                    .get("/reference/regions")
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.JSON);
        }
        io.restassured.RestAssured.given()
                .port(port)
                .get("/api/v1/reference/regions")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    private String filedWithKey(Map<String, String> form, String key) {
        return client.form(form)
                .header("Idempotency-Key", key)
                .post("/requests.json")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("[0].service_request_id");
    }

    private int submissionsOf(String countedAs) {
        return jdbc.queryForObject(
                "select submissions from submission_allowance where address_hash = ?", Integer.class, countedAs);
    }

    private int caseCount() {
        return jdbc.queryForObject("select count(*) from complaint", Integer.class);
    }
}
